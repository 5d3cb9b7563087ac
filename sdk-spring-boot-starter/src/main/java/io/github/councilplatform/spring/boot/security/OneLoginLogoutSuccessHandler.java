package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.identity.OneLoginApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * RP-initiated logout: after Spring Security has ended the local session, a resident signed in with One Login is
 * sent to One Login's end-session endpoint (with the ID token as {@code id_token_hint}), which ends the One Login
 * session and comes back to the registered post-logout redirect URI. Anyone else goes to the fallback URL.
 */
final class OneLoginLogoutSuccessHandler implements LogoutSuccessHandler {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OneLoginApi oneLogin;
  private final String fallbackUrl;

  OneLoginLogoutSuccessHandler(OneLoginApi oneLogin, String fallbackUrl) {
    this.oneLogin = oneLogin;
    this.fallbackUrl = fallbackUrl;
  }

  @Override
  public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException {
    if (authentication != null && authentication.getPrincipal() instanceof OneLoginUser user) {
      byte[] state = new byte[16];
      RANDOM.nextBytes(state);
      String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(state);
      response.sendRedirect(oneLogin.endSessionUri(user.getIdToken().getTokenValue(), encoded).toString());
      return;
    }
    response.sendRedirect(request.getContextPath() + fallbackUrl);
  }
}
