package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInSession;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.identity.UiLocale;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts a sign-in: {@code OneLoginApi.startSignIn} builds the authorization request (state, nonce, PKCE,
 * {@code vtr}, {@code ui_locales}, the identity {@code claims}), its session half is kept in the HTTP session, and
 * the browser goes to One Login.
 */
final class OneLoginAuthorizationFilter extends OncePerRequestFilter {

  /** Session attribute holding the sign-ins started in this browser session, by state. */
  static final String STARTED = OneLoginAuthorizationFilter.class.getName() + ".STARTED";

  // A few tabs may start a sign-in at once; more than this and the oldest is forgotten.
  private static final int MAX_STARTED = 5;

  private final OneLoginApi oneLogin;
  private final RequestMatcher matcher;
  private final Function<UiLocale, SignInOptions> options;

  OneLoginAuthorizationFilter(OneLoginApi oneLogin, RequestMatcher matcher,
      Function<UiLocale, SignInOptions> options) {
    this.oneLogin = oneLogin;
    this.matcher = matcher;
    this.options = options;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!matcher.matches(request)) {
      chain.doFilter(request, response);
      return;
    }
    SignInStart start = oneLogin.startSignIn(options.apply(uiLocale(request)));
    HttpSession session = request.getSession(true);
    synchronized (OneLoginAuthorizationFilter.class) {
      started(session).put(start.session().state(), start.session());
      Map<String, SignInSession> all = started(session);
      while (all.size() > MAX_STARTED) {
        all.remove(all.keySet().iterator().next());
      }
      // Set again so that a distributed session store sees the change.
      session.setAttribute(STARTED, all);
    }
    response.sendRedirect(start.authorizationUri().toString());
  }

  @SuppressWarnings("unchecked")
  static LinkedHashMap<String, SignInSession> started(HttpSession session) {
    Object value = session.getAttribute(STARTED);
    if (value instanceof LinkedHashMap<?, ?> map) {
      return (LinkedHashMap<String, SignInSession>) map;
    }
    LinkedHashMap<String, SignInSession> map = new LinkedHashMap<>();
    session.setAttribute(STARTED, map);
    return map;
  }

  /** GOV.UK services switch language with {@code ?lang=cy}; otherwise the browser's preference. */
  private static UiLocale uiLocale(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    String language = lang != null ? lang : request.getLocale().getLanguage();
    return "cy".equals(language.toLowerCase(Locale.ROOT)) ? UiLocale.CY : UiLocale.EN;
  }
}
