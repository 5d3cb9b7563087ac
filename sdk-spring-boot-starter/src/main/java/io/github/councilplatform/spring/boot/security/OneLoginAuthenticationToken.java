package io.github.councilplatform.spring.boot.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The {@code Authentication} of a resident signed in with One Login: always authenticated (it is only made from a
 * verified sign-in), its principal a {@link OneLoginUser}. Holds no credentials: the ID token is kept in the
 * principal only as the {@code id_token_hint} RP-initiated logout needs.
 */
public final class OneLoginAuthenticationToken extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final transient OneLoginUser user;

  OneLoginAuthenticationToken(OneLoginUser user) {
    super(user.getAuthorities());
    this.user = user;
    setAuthenticated(true);
  }

  /** The signed-in resident. */
  @Override
  public OneLoginUser getPrincipal() {
    return user;
  }

  /** Nothing: One Login's tokens were verified and are not credentials of this application. */
  @Override
  public Object getCredentials() {
    return "";
  }
}
