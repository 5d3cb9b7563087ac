package io.github.councilplatform.sandbox.onelogin;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
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
 * {@code POST /token}: {@code private_key_jwt} client authentication as the real provider does it, then a
 * single-use authorisation code exchanged for an opaque access token (180 s) and an ID token (120 s).
 */
final class TokenEndpoint {
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(180);
  static final Duration ASSERTION_LEEWAY = Duration.ofSeconds(30);

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
      if (form.isEmpty()) {
        throw new TokenError(400, "invalid_request", "Request is missing parameters");
      }
      ClientRegistration client = authenticate(form);
      if (!"authorization_code".equals(form.get("grant_type"))) {
        throw new TokenError(400, "unsupported_grant_type", "Unsupported grant type");
      }
      String code = form.get("code");
      if (code == null || form.get("redirect_uri") == null) {
        throw new TokenError(400, "invalid_request", "Request is missing parameters");
      }
      // Single use: the code is gone whatever happens next.
      Grant grant = provider.codes.remove(code);
      if (grant == null || grant.expires().isBefore(provider.now())
          || !grant.request().clientId().equals(client.clientId())) {
        throw new TokenError(400, "invalid_grant", "Invalid grant");
      }
      if (!grant.request().redirectUri().equals(form.get("redirect_uri"))) {
        throw new TokenError(400, "invalid_grant", "Invalid grant");
      }
      String challenge = grant.request().codeChallenge();
      if (challenge != null && !pkceMatches(challenge, form.get("code_verifier"))) {
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

  /** Verifies the client assertion and returns the client, in the real provider's order and wording. */
  private ClientRegistration authenticate(Map<String, String> form) throws TokenError {
    TokenError invalidJwt = new TokenError(400, "invalid_request", "Invalid private_key_jwt");
    String assertion = form.get("client_assertion");
    if (assertion == null) {
      if (form.containsKey("client_secret")) {
        throw new TokenError(400, "invalid_client", "Client is not registered to use client_secret_post");
      }
      throw new TokenError(400, "invalid_request", "Invalid request");
    }
    if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
      throw invalidJwt;
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(assertion);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw invalidJwt;
    }
    String clientId = claims.getIssuer();
    if (clientId == null || !clientId.equals(claims.getSubject())
        || (form.get("client_id") != null && !form.get("client_id").equals(clientId))
        || claims.getExpirationTime() == null || claims.getJWTID() == null) {
      throw invalidJwt;
    }
    if (!ClientKeys.RSA_ALGS.contains(jwt.getHeader().getAlgorithm())) {
      throw invalidJwt;
    }
    ClientRegistration client = provider.clients.get(clientId);
    if (client == null) {
      throw new TokenError(400, "invalid_client", "Client authentication failed");
    }
    Instant now = provider.now();
    Instant exp = claims.getExpirationTime().toInstant();
    if (exp.plus(ASSERTION_LEEWAY).isBefore(now)) {
      throw new TokenError(400, "invalid_grant", "private_key_jwt has expired");
    }
    TokenError badSignature = new TokenError(400, "invalid_client", "Invalid signature in private_key_jwt");
    try {
      if (!ClientKeys.verify(client, jwt)) {
        throw badSignature;
      }
    } catch (ClientKeys.JwksUnavailable e) {
      throw new TokenError(500, "server_error", "Failed to fetch or parse JWKS to verify signature of private_key_jwt");
    }
    List<String> aud = claims.getAudience();
    if (aud == null || aud.isEmpty()
        || aud.stream().noneMatch(a -> a.equals(provider.tokenUrl()) || a.equals(provider.issuer))) {
      throw badSignature;
    }
    provider.prune();
    Instant remember = exp.plus(ASSERTION_LEEWAY);
    if (provider.seenJtis.putIfAbsent(clientId + " " + claims.getJWTID(), remember) != null) {
      throw new TokenError(400, "invalid_client", "private_key_jwt jti has already been used");
    }
    return client;
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
