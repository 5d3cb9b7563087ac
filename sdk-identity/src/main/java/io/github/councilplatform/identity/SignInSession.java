package io.github.councilplatform.identity;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The values a sign-in must remember between the redirect to One Login and the callback. Keep it in the
 * user's server-side session (it is {@link Serializable}) or use {@link #encode()} and {@link #decode}; if it
 * goes into a cookie, that cookie must be signed and encrypted, because it holds the PKCE verifier.
 *
 * @param state the {@code state} sent, checked first on the callback
 * @param nonce the {@code nonce} the ID token must carry
 * @param codeVerifier the PKCE verifier sent to the token endpoint
 * @param trustLevel the vector of trust requested
 * @param maxAgeSeconds the {@code max_age} sent, or {@code null}
 * @param redirectUri the redirect URI sent
 */
public record SignInSession(String state, String nonce, String codeVerifier, TrustLevel trustLevel,
    Long maxAgeSeconds, URI redirectUri) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();

  /** Checks the required values are present. */
  public SignInSession {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(codeVerifier, "codeVerifier");
    Objects.requireNonNull(trustLevel, "trustLevel");
    Objects.requireNonNull(redirectUri, "redirectUri");
  }

  /**
   * A compact text form, for example for a framework session that stores strings.
   *
   * @return dot-separated base64url fields
   */
  public String encode() {
    return String.join(".", b64(state), b64(nonce), b64(codeVerifier), trustLevel.name(),
        maxAgeSeconds == null ? "" : maxAgeSeconds.toString(), b64(redirectUri.toString()));
  }

  /**
   * Reads the form written by {@link #encode()}.
   *
   * @param encoded the text
   * @return the session
   * @throws IllegalArgumentException if the text is not an encoded session
   */
  public static SignInSession decode(String encoded) {
    String[] p = Objects.requireNonNull(encoded, "encoded").split("\\.", -1);
    if (p.length != 6) {
      throw new IllegalArgumentException("Not an encoded SignInSession");
    }
    Base64.Decoder dec = Base64.getUrlDecoder();
    return new SignInSession(text(dec, p[0]), text(dec, p[1]), text(dec, p[2]), TrustLevel.valueOf(p[3]),
        p[4].isEmpty() ? null : Long.valueOf(p[4]), URI.create(text(dec, p[5])));
  }

  private static String b64(String s) {
    return ENC.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Base64.Decoder dec, String s) {
    return new String(dec.decode(s), StandardCharsets.UTF_8);
  }

  /** Hides the nonce and PKCE verifier. */
  @Override
  public String toString() {
    return "SignInSession[trustLevel=" + trustLevel + ", maxAgeSeconds=" + maxAgeSeconds + ", redirectUri="
        + redirectUri + ", state=***, nonce=***, codeVerifier=***]";
  }
}
