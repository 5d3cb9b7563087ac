package io.github.councilplatform.sandbox.internal.onelogin;

import java.util.List;
import java.util.Set;

/**
 * A validated authorisation request.
 *
 * @param clientId the client
 * @param redirectUri the registered redirect URI used
 * @param state the RP's state
 * @param nonce the nonce (null only for clients allowed to omit it)
 * @param scopes requested scopes
 * @param credentialTrust {@code Cl} or {@code Cl.Cm}: the ID token's {@code vot}
 * @param levelOfConfidence {@code P1}/{@code P2} when identity was requested, else null
 * @param userinfoClaims requested userinfo claim names (full vocab URIs)
 * @param codeChallenge the PKCE S256 challenge, or null
 * @param fragment whether {@code response_mode=fragment}
 * @param uiLocale {@code en} or {@code cy}
 * @param maxAge the {@code max_age}, or -1
 */
record AuthRequest(String clientId, String redirectUri, String state, String nonce, List<String> scopes,
    String credentialTrust, String levelOfConfidence, Set<String> userinfoClaims, String codeChallenge,
    boolean fragment, String uiLocale, long maxAge) {

  boolean identityRequested() {
    return levelOfConfidence != null && !levelOfConfidence.equals("P0");
  }
}
