package io.github.councilplatform.sandbox.onelogin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.internal.Responses;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JWT-secured authorisation requests ({@code request=}): an RSA-signed JWT with {@code aud} the authorize
 * endpoint and {@code iss} the client; its claims replace the query parameters, and {@code response_type},
 * {@code scope} and {@code client_id} must match the query.
 */
final class RequestObjects {
  /** The real provider's request-object clock skew. */
  static final java.time.Duration TIMESTAMP_SKEW = java.time.Duration.ofSeconds(30);
  private final Provider provider;

  RequestObjects(Provider provider) {
    this.provider = provider;
  }

  /** A failure the real provider answers with a bare 400 (or 500), never a redirect. */
  static final class Refused extends Exception {
    final int status;
    final String text;

    Refused(int status, String text) {
      super(text, null, false, false);
      this.status = status;
      this.text = text;
    }
  }

  /**
   * Checks a request object in the order of oidc-api RequestObjectAuthorizeValidator.validate (L86-260) and
   * returns its claims merged over the query. Signature, time, redirect URI and response mode failures are
   * {@link Refused} (AuthorisationHandler.java:305-313: "Validation failed", "Invalid request", a 500 for the
   * JWKS); the rest are redirected errors ({@link AuthorizeEndpoint.AuthError}) to the request object's
   * registered redirect URI, with its state.
   */
  Map<String, String> merge(ClientRegistration client, Map<String, String> query)
      throws AuthorizeEndpoint.AuthError, Refused {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(query.get("request"));
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new Refused(400, "Invalid request");
    }
    try {
      // ClientSignatureValidationService.validate: an RSA verifier, so any other algorithm fails too.
      if (!ClientKeys.RSA_ALGS.contains(jwt.getHeader().getAlgorithm()) || !ClientKeys.verify(client, jwt)) {
        throw new Refused(400, "Validation failed");
      }
    } catch (ClientKeys.JwksUnavailable e) {
      throw new Refused(500, "Unexpected server error");
    }
    // L373-395: exp and nbf with 30 s skew. The caller signed on its own clock, so real or sandbox time will do.
    if ((claims.getExpirationTime() != null
        && provider.hasPassed(claims.getExpirationTime().toInstant(), TIMESTAMP_SKEW))
        || (claims.getNotBeforeTime() != null
        && provider.isAhead(claims.getNotBeforeTime().toInstant(), TIMESTAMP_SKEW))) {
      throw new Refused(400, "Invalid request");
    }
    String redirectUri = stringClaim(claims, "redirect_uri");
    if (redirectUri == null || !client.redirectUris().contains(redirectUri)) {
      throw new Refused(400, "Invalid request");
    }
    String responseMode = stringClaim(claims, "response_mode");
    if (responseMode != null && !responseMode.equals("query") && !responseMode.equals("fragment")) {
      throw new Refused(400, "Invalid request");
    }
    if (claims.getClaim("state") == null) {
      throw new AuthorizeEndpoint.AuthError("invalid_request", "Request is missing state parameter");
    }
    if (!"code".equals(query.get("response_type"))) {
      throw new AuthorizeEndpoint.AuthError("unsupported_response_type", "Unsupported response type");
    }
    if (!scopesValid(query.get("scope"), client)) {
      throw new AuthorizeEndpoint.AuthError("invalid_scope", "Invalid, unknown or malformed scope");
    }
    if (claims.getClaim("client_id") == null || !client.clientId().equals(claims.getClaim("client_id").toString())) {
      throw new AuthorizeEndpoint.AuthError("unauthorized_client", "Unauthorized client");
    }
    if (claims.getClaim("request") != null || claims.getClaim("request_uri") != null) {
      throw new AuthorizeEndpoint.AuthError("invalid_request", "Invalid request");
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(provider.base + "/authorize")) {
      throw new AuthorizeEndpoint.AuthError("access_denied",
          "Access denied by resource owner or authorization server");
    }
    if (claims.getIssuer() == null || !claims.getIssuer().equals(client.clientId())) {
      throw new AuthorizeEndpoint.AuthError("unauthorized_client", "Unauthorized client");
    }
    if (!"code".equals(claims.getClaim("response_type"))) {
      throw new AuthorizeEndpoint.AuthError("unsupported_response_type", "Unsupported response type");
    }
    if (claims.getClaim("scope") == null || !scopesValid(claims.getClaim("scope").toString(), client)) {
      throw new AuthorizeEndpoint.AuthError("invalid_scope", "Invalid, unknown or malformed scope");
    }
    Map<String, String> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : claims.getClaims().entrySet()) {
      Object v = e.getValue();
      if (v == null || List.of("iss", "aud", "exp", "iat", "nbf", "jti").contains(e.getKey())) {
        continue;
      }
      merged.put(e.getKey(), v instanceof String str ? str : json(v));
    }
    for (String k : List.of("response_type", "scope", "client_id")) {
      merged.putIfAbsent(k, query.get(k));
    }
    return merged;
  }

  private static boolean scopesValid(String scope, ClientRegistration client) {
    if (scope == null) {
      return false;
    }
    List<String> scopes = java.util.Arrays.stream(scope.trim().split("\\s+")).filter(x -> !x.isEmpty()).toList();
    return scopes.contains("openid") && ClientRegistration.KNOWN_SCOPES.containsAll(scopes)
        && client.scopes().containsAll(scopes);
  }

  private static String stringClaim(JWTClaimsSet claims, String name) {
    Object v = claims.getClaim(name);
    return v instanceof String str ? str : null;
  }

  /** A string claim of a request object read without verification (to find where to send an error), or null. */
  static String claim(String requestObject, String name) {
    try {
      Object v = SignedJWT.parse(requestObject).getJWTClaimsSet().getClaim(name);
      return v instanceof String s ? s : null;
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  private static String json(Object v) {
    try {
      return Responses.JSON.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      return String.valueOf(v);
    }
  }
}
