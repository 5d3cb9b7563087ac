package io.github.councilplatform.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.core.internal.ApiResponse;
import java.net.URI;

/**
 * The parts of One Login's discovery document the SDK uses.
 *
 * @param issuer the issuer, equal to the configured one
 * @param authorizationEndpoint the authorize URL
 * @param tokenEndpoint the token URL
 * @param userinfoEndpoint the userinfo URL
 * @param jwksUri the JWKS URL (ID token and logout token keys)
 * @param endSessionEndpoint the logout URL, or {@code null} if not advertised
 */
record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI userinfoEndpoint,
    URI jwksUri, URI endSessionEndpoint) {

  static ProviderMetadata parse(ApiResponse response, String expectedIssuer) {
    String what = "the discovery document";
    JsonNode root = Responses.object(response, what);
    String issuer = Responses.requiredText(response, root, "issuer", what);
    if (!issuer.equals(expectedIssuer)) {
      // OpenID Connect Discovery 1.0 section 4.3: the issuer must be exactly the one configured.
      throw Responses.unexpected(response, "the discovery document names issuer '" + issuer + "', not the configured"
          + " '" + expectedIssuer + "'");
    }
    URI endSession = root.hasNonNull("end_session_endpoint")
        ? Responses.requiredUri(response, root, "end_session_endpoint", what) : null;
    return new ProviderMetadata(issuer,
        Responses.requiredUri(response, root, "authorization_endpoint", what),
        Responses.requiredUri(response, root, "token_endpoint", what),
        Responses.requiredUri(response, root, "userinfo_endpoint", what),
        Responses.requiredUri(response, root, "jwks_uri", what),
        endSession);
  }
}
