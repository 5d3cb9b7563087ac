package io.github.councilplatform.sandbox.internal.onelogin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A relying party registered with the sandbox provider, as in One Login's client registry.
 *
 * @param clientId the client id
 * @param redirectUris exact redirect URIs allowed at {@code /authorize}
 * @param postLogoutRedirectUris exact URIs allowed at {@code /logout}
 * @param publicKey the RSA key that verifies client assertions (static key), or null when {@code jwksUrl} is set
 * @param jwksUrl the client's JWKS URL (keys chosen by the assertion's {@code kid}), or null
 * @param scopes scopes the client may request ({@code openid} always)
 * @param idTokenAlgorithm ES256 (default) or RS256
 * @param pkceEnforced whether {@code code_challenge} is mandatory
 * @param identityVerificationSupported whether the client may request {@code P2}
 * @param backChannelLogoutUri where logout tokens are POSTed, or null
 * @param permitMissingNonce whether {@code nonce} may be omitted
 */
record ClientRegistration(String clientId, List<String> redirectUris, List<String> postLogoutRedirectUris,
    RSAKey publicKey, String jwksUrl, Set<String> scopes, JWSAlgorithm idTokenAlgorithm, boolean pkceEnforced,
    boolean identityVerificationSupported, String backChannelLogoutUri, boolean permitMissingNonce) {

  /** The scopes One Login knows at all. */
  static final Set<String> KNOWN_SCOPES = Set.of("openid", "email", "phone", "offline_access", "wallet-subject-id");

  /** The admin API's view (no key material beyond the public key's kid). */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clientId", clientId);
    m.put("redirectUris", redirectUris);
    m.put("postLogoutRedirectUris", postLogoutRedirectUris);
    m.put("publicKeySource", jwksUrl != null ? "JWKS" : "STATIC");
    if (jwksUrl != null) {
      m.put("jwksUrl", jwksUrl);
    }
    m.put("scopes", scopes);
    m.put("idTokenSigningAlgorithm", idTokenAlgorithm.getName());
    m.put("pkceEnforced", pkceEnforced);
    m.put("identityVerificationSupported", identityVerificationSupported);
    m.put("backChannelLogoutUri", backChannelLogoutUri);
    m.put("permitMissingNonce", permitMissingNonce);
    return m;
  }
}
