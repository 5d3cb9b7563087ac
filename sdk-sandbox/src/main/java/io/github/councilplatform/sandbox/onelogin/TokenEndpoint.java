package io.github.councilplatform.sandbox.onelogin;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.internal.Responses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /token}: the parameters checked first, then {@code private_key_jwt} client authentication as the
 * real provider does it, then a single-use authorisation code exchanged for an opaque access token (180 s) and
 * an ID token (120 s). Times the caller states are accepted on real time or sandbox time; the codes and
 * tokens live on sandbox time.
 */
final class TokenEndpoint {
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(180);
  static final Duration ASSERTION_LEEWAY = Duration.ofSeconds(30);
  /** The leeway of the Nimbus claims verifier the real provider authenticates clients with (its default). */
  static final Duration NIMBUS_CLOCK_SKEW = Duration.ofSeconds(60);
  static final String AUTHORIZATION_CODE = "authorization_code";
  static final String REFRESH_TOKEN = "refresh_token";

  private final Provider provider;
  private final TokenSigner signer;

  TokenEndpoint(Provider provider, TokenSigner signer) {
    this.provider = provider;
    this.signer = signer;
  }

  /** A token endpoint error with its HTTP status. */
  static final class TokenError extends Exception {
    final int status;
    final String code;
    final String description;

    TokenError(int status, String code, String description) {
      super(description, null, false, false);
      this.status = status;
      this.code = code;
      this.description = description;
    }

    ResponseDefinition response() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error_description", description);
      body.put("error", code);
      return Responses.json(status, body);
    }
  }

  ResponseDefinition handle(Map<String, String> form) {
    try {
      checkParameters(form);
      ClientRegistration client = authenticate(form);
      if (REFRESH_TOKEN.equals(form.get("grant_type"))) {
        // The sandbox never issues refresh tokens, so every one fails the real provider's signature and expiry
        // check: TokenHandler.java:335-338 answers OAuth2Error.INVALID_GRANT.
        throw new TokenError(400, "invalid_grant", "Invalid grant");
      }
      String code = form.get("code");
      // Single use: the code is gone whatever happens next.
      Grant grant = provider.codes.remove(code);
      if (grant == null || grant.expires().isBefore(provider.now())
          || !grant.request().clientId().equals(client.clientId())) {
        throw new TokenError(400, "invalid_grant", "Invalid grant");
      }
      if (!grant.request().redirectUri().equals(form.get("redirect_uri"))) {
        throw new TokenError(400, "invalid_grant", "Invalid grant");
      }
      if (!pkceValid(grant.request().codeChallenge(), form.get("code_verifier"))) {
        throw new TokenError(400, "invalid_grant", "PKCE code verification failed");
      }
      String accessToken = Provider.randomToken();
      Instant now = provider.now();
      provider.accessTokens.put(accessToken, new Grant(grant.request(), grant.resident(), grant.sessionId(),
          grant.authTime(), now.plus(ACCESS_TOKEN_LIFETIME)));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("access_token", accessToken);
      body.put("token_type", "Bearer");
      body.put("expires_in", ACCESS_TOKEN_LIFETIME.toSeconds());
      body.put("id_token", signer.idToken(grant, client, accessToken));
      return Responses.of(200, Responses.JSON.writeValueAsBytes(body),
          new HttpHeader("Content-Type", "application/json"), new HttpHeader("Cache-Control", "no-store"),
          new HttpHeader("Pragma", "no-cache"));
    } catch (TokenError e) {
      return e.response();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new TokenError(500, "server_error", "Unexpected server error").response();
    }
  }

  /**
   * The request's parameters, checked before the client is authenticated, in the real provider's order and
   * words (orchestration-shared TokenService.java:174-216, called first at TokenHandler.java:163-167).
   */
  private static void checkParameters(Map<String, String> form) throws TokenError {
    String grantType = form.get("grant_type");
    if (!form.containsKey("grant_type")) {
      throw new TokenError(400, "invalid_request", "Request is missing grant_type parameter");
    }
    if (!AUTHORIZATION_CODE.equals(grantType) && !REFRESH_TOKEN.equals(grantType)) {
      throw new TokenError(400, "unsupported_grant_type", "Unsupported grant type");
    }
    if (AUTHORIZATION_CODE.equals(grantType)) {
      if (!form.containsKey("redirect_uri")) {
        throw new TokenError(400, "invalid_request", "Request is missing redirect_uri parameter");
      }
      if (form.get("code") == null || form.get("code").isEmpty()) {
        throw new TokenError(400, "invalid_request", "Request is missing code parameter");
      }
    } else {
      if (!form.containsKey("refresh_token")) {
        throw new TokenError(400, "invalid_request", "Request is missing refresh token");
      }
      if (form.get("refresh_token").isBlank()) {
        throw new TokenError(400, "invalid_request", "Invalid refresh token");
      }
    }
  }

  /**
   * Authenticates the client as the real provider does: the method is chosen by which parameters are present
   * (TokenClientAuthValidatorFactory.java:24-42), then {@code private_key_jwt} is parsed, the client looked up,
   * the expiry checked with 30 s leeway and only then the signature, audience and claims verified
   * (PrivateKeyJwtClientAuthValidator.java:41-124, ClientSignatureValidationService.java:103-127). The real
   * provider keeps no memory of assertion {@code jti}s (its verifier has no JWT ID checker), so neither does
   * the sandbox.
   */
  private ClientRegistration authenticate(Map<String, String> form) throws TokenError {
    if (!form.containsKey("client_assertion") || !form.containsKey("client_assertion_type")) {
      if (form.containsKey("client_secret") && form.containsKey("client_id")) {
        return clientSecretPost(form);
      }
      throw new TokenError(400, "invalid_request", "Invalid token authentication method used");
    }
    TokenError invalidJwt = new TokenError(400, "invalid_request", "Invalid private_key_jwt");
    if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
      throw invalidJwt;
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(form.get("client_assertion"));
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw invalidJwt;
    }
    // What Nimbus's PrivateKeyJWT.parse refuses: a symmetric algorithm, a missing iss, sub, aud or exp, and a
    // client_id parameter that is not the assertion's sub (the client is named by sub).
    JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
    String clientId = claims.getSubject();
    if (!(JWSAlgorithm.Family.RSA.contains(alg) || JWSAlgorithm.Family.EC.contains(alg))
        || claims.getIssuer() == null || clientId == null || claims.getAudience() == null
        || claims.getAudience().isEmpty() || claims.getExpirationTime() == null
        || (form.get("client_id") != null && !form.get("client_id").equals(clientId))) {
      throw invalidJwt;
    }
    ClientRegistration client = provider.clients.get(clientId);
    if (client == null) {
      throw new TokenError(400, "invalid_client", "Client authentication failed");
    }
    if (provider.hasPassed(claims.getExpirationTime().toInstant(), ASSERTION_LEEWAY)) {
      throw new TokenError(400, "invalid_grant", "private_key_jwt has expired");
    }
    TokenError badSignature = new TokenError(400, "invalid_client", "Invalid signature in private_key_jwt");
    try {
      // The key is fetched first; an ECDSA assertion then meets the client's RSA key and fails like a bad
      // signature (ClientSignatureValidationService.java:103-127).
      if (!ClientKeys.verify(client, jwt)) {
        throw badSignature;
      }
    } catch (ClientKeys.JwksUnavailable e) {
      throw new TokenError(500, "server_error", "Failed to fetch or parse JWKS to verify signature of private_key_jwt");
    }
    List<String> aud = claims.getAudience();
    Instant nbf = claims.getNotBeforeTime() == null ? null : claims.getNotBeforeTime().toInstant();
    if (!claims.getIssuer().equals(clientId)
        || aud.stream().noneMatch(a -> a.equals(provider.tokenUrl()) || a.equals(provider.issuer))
        || (nbf != null && provider.isAhead(nbf, NIMBUS_CLOCK_SKEW))) {
      throw badSignature;
    }
    return client;
  }

  /**
   * {@code client_secret_post}: every sandbox client is registered for {@code private_key_jwt}, so this only
   * ever fails, with the real provider's words (ClientSecretPostClientAuthValidator.java:30-69).
   */
  private ClientRegistration clientSecretPost(Map<String, String> form) throws TokenError {
    if (form.get("client_id").isBlank() || form.get("client_secret").isBlank()) {
      throw new TokenError(400, "invalid_request", "Invalid client secret");
    }
    if (!provider.clients.containsKey(form.get("client_id"))) {
      throw new TokenError(400, "invalid_client", "Client authentication failed");
    }
    throw new TokenError(400, "invalid_client", "Client is not registered to use client_secret_post");
  }

  /**
   * PKCE as TokenHandler.java:287-315: no challenge and no verifier passes; either without the other fails;
   * otherwise the S256 of the verifier must equal the challenge.
   */
  static boolean pkceValid(String challenge, String verifier) {
    if (challenge == null && verifier == null) {
      return true;
    }
    if (challenge == null || verifier == null) {
      return false;
    }
    return pkceMatches(challenge, verifier);
  }

  /** PKCE S256: BASE64URL(SHA-256(ASCII(code_verifier))) equals the challenge (constant time). */
  static boolean pkceMatches(String challenge, String verifier) {
    if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
      return false;
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      String computed = Base64.getUrlEncoder().withoutPadding().encodeToString(h);
      return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
          challenge.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
