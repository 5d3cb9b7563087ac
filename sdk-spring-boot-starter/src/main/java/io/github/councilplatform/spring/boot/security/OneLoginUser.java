package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.core.Redaction;
import io.github.councilplatform.identity.IdentityOutcome;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.VerifiedIdentity;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A resident signed in with One Login: a Spring {@link OidcUser} (so {@code @AuthenticationPrincipal OidcUser}
 * works) whose ID token and user info were verified by {@code OneLoginApi}, plus the typed identity One Login
 * proved. {@link #getName()} is the pairwise subject ({@code sub}): map it to your own user, never the email.
 */
public final class OneLoginUser implements OidcUser {

  private final SignInResult result;
  private final OidcIdToken idToken;
  private final OidcUserInfo userInfo;
  private final List<GrantedAuthority> authorities;
  private final Map<String, Object> claims;

  OneLoginUser(SignInResult result, OidcIdToken idToken, OidcUserInfo userInfo,
      List<GrantedAuthority> authorities) {
    this.result = Objects.requireNonNull(result, "result");
    this.idToken = idToken;
    this.userInfo = userInfo;
    this.authorities = List.copyOf(authorities);
    // As Spring's DefaultOidcUser: the ID token's claims, then what userinfo adds (email, phone_number...).
    Map<String, Object> merged = new LinkedHashMap<>(idToken.getClaims());
    merged.putAll(userInfo.getClaims());
    this.claims = Collections.unmodifiableMap(merged);
  }

  /** The whole verified sign-in, as {@code OneLoginApi.finishSignIn} returned it. */
  public SignInResult signIn() {
    return result;
  }

  /** The pairwise subject identifier ({@code sub}). */
  public String subject() {
    return result.subject();
  }

  /** The verified email address, if the {@code email} scope was asked for. */
  public Optional<String> emailAddress() {
    return result.emailAddress();
  }

  /** The phone number One Login holds, if the {@code phone} scope was asked for. */
  public Optional<String> phone() {
    return result.phone();
  }

  /** Whether identity was requested and proven. */
  public IdentityOutcome identityOutcome() {
    return result.identityOutcome();
  }

  /**
   * The identity One Login proved (names, birth dates, addresses...), verified from the core identity credential;
   * empty when the trust level did not ask for identity or the resident did not prove it.
   */
  public Optional<VerifiedIdentity> identity() {
    return result.verifiedIdentity();
  }

  /**
   * The proven identity, for pages that need it.
   *
   * @return the identity
   * @throws io.github.councilplatform.identity.IdentityNotProvenException when not proven (with return codes)
   */
  public VerifiedIdentity requireIdentity() {
    return result.requireIdentity();
  }

  @Override
  public Map<String, Object> getClaims() {
    return claims;
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return userInfo;
  }

  @Override
  public OidcIdToken getIdToken() {
    return idToken;
  }

  @Override
  public Map<String, Object> getAttributes() {
    return claims;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities;
  }

  /** The subject: what Spring Security, session registries and Spring Session index the session by. */
  @Override
  public String getName() {
    return result.subject();
  }

  /** Equal when the subject is: one person, whichever sign-in. */
  @Override
  public boolean equals(Object other) {
    return other instanceof OneLoginUser u && u.subject().equals(subject());
  }

  @Override
  public int hashCode() {
    return subject().hashCode();
  }

  /** Masks personal data; never prints tokens. */
  @Override
  public String toString() {
    return "OneLoginUser[subject=" + subject() + ", email=" + Redaction.maskEmail(result.email())
        + ", identityOutcome=" + identityOutcome() + ", authorities=" + authorities + "]";
  }
}
