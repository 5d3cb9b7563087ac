package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.identity.SignInSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One Login's redirect back (the registered redirect URI): the sign-in started in this browser session for the
 * callback's {@code state} is taken out of the session (a callback is good once), and the provider finishes it.
 */
final class OneLoginCallbackFilter extends AbstractAuthenticationProcessingFilter {

  OneLoginCallbackFilter(RequestMatcher callback, AuthenticationManager manager) {
    super(callback, manager);
  }

  @Override
  public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
      throws AuthenticationException {
    HttpSession httpSession = request.getSession(false);
    String state = request.getParameter("state");
    SignInSession started = null;
    if (httpSession != null && state != null) {
      synchronized (OneLoginAuthorizationFilter.class) {
        Map<String, SignInSession> all = OneLoginAuthorizationFilter.started(httpSession);
        started = all.remove(state);
        httpSession.setAttribute(OneLoginAuthorizationFilter.STARTED, all);
      }
    }
    if (started == null) {
      // A callback this browser did not start (CSRF on the redirect URI), a replayed one, or an expired session.
      throw new OneLoginAuthenticationException("this browser session started no One Login sign-in with the"
          + " callback's state (it may have expired, or the link was not started here): sign in again");
    }
    String query = request.getQueryString();
    URI callbackUri = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
    return getAuthenticationManager().authenticate(
        new OneLoginAuthenticationProvider.OneLoginCallback(callbackUri, started));
  }
}
