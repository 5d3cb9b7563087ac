package io.github.councilplatform.sandbox.onelogin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.internal.Responses;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  Map<String, String> merge(ClientRegistration client, Map<String, String> query)
      throws AuthorizeEndpoint.AuthError {
    AuthorizeEndpoint.AuthError invalid = new AuthorizeEndpoint.AuthError("invalid_request_object",
        "Invalid request object");
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(query.get("request"));
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw invalid;
    }
    if (!ClientKeys.RSA_ALGS.contains(jwt.getHeader().getAlgorithm())) {
      throw invalid;
    }
    try {
      if (!ClientKeys.verify(client, jwt)) {
        throw invalid;
      }
    } catch (ClientKeys.JwksUnavailable e) {
      throw new AuthorizeEndpoint.AuthError("server_error", "Failed to fetch the client's JWKS");
    }
    // RequestObjectAuthorizeValidator.java:373-395: exp and nbf with 30 s skew, "Request expired". The caller
    // signed on its own clock, so either real time or sandbox time will do.
    if ((claims.getExpirationTime() != null
        && provider.hasPassed(claims.getExpirationTime().toInstant(), TIMESTAMP_SKEW))
        || (claims.getNotBeforeTime() != null
        && provider.isAhead(claims.getNotBeforeTime().toInstant(), TIMESTAMP_SKEW))) {
      throw new AuthorizeEndpoint.AuthError("invalid_request_object", "Request expired");
    }
    if (!client.clientId().equals(claims.getIssuer())
        || claims.getAudience() == null || !claims.getAudience().contains(provider.base + "/authorize")) {
      throw invalid;
    }
    Map<String, String> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : claims.getClaims().entrySet()) {
      Object v = e.getValue();
      if (v == null || List.of("iss", "aud", "exp", "iat", "nbf", "jti").contains(e.getKey())) {
        continue;
      }
      merged.put(e.getKey(), v instanceof String s ? s : json(v));
    }
    for (String k : List.of("response_type", "scope", "client_id")) {
      if (query.containsKey(k) && merged.containsKey(k) && !Objects.equals(query.get(k), merged.get(k))) {
        throw new AuthorizeEndpoint.AuthError("invalid_request", "Request is missing parameters");
      }
      merged.putIfAbsent(k, query.get(k));
    }
    return merged;
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
