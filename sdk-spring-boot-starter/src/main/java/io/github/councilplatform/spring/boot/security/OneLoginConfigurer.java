package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.TrustLevel;
import io.github.councilplatform.spring.boot.properties.OneLoginProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * Signs residents in with One Login: {@code GET /oauth2/authorization/one-login} starts a sign-in (an
 * unauthenticated request to a protected page goes there too), the registered redirect URI's path finishes it,
 * {@code /logout} (Spring Security's) ends the session here and at One Login, and a back-channel logout ends
 * every Spring session of the resident. The trust level is {@code council-platform.one-login.trust-level}; when
 * it proves identity the core identity and address are asked for.
 *
 * <p>Defaults can be changed before the chain is built: {@link #signInPath}, {@link #trustLevel},
 * {@link #identityClaims}, {@link #phone}, {@link #successUrl}, {@link #failureUrl}, {@link #signedOutUrl}.
 */
public final class OneLoginConfigurer extends AbstractHttpConfigurer<OneLoginConfigurer, HttpSecurity> {

  private String signInPath = "/oauth2/authorization/one-login";
  private TrustLevel trustLevel;
  private IdentityClaim[] identityClaims;
  private boolean phone;
  private String successUrl = "/";
  private String failureUrl;
  private String signedOutUrl = "/";

  OneLoginConfigurer() {}

  /**
   * Where a sign-in starts (a link or the entry point redirects here).
   *
   * @param path a path in this application; default {@code /oauth2/authorization/one-login}
   * @return this
   */
  public OneLoginConfigurer signInPath(String path) {
    this.signInPath = requirePath(path, "signInPath");
    return this;
  }

  /**
   * The trust level to ask for, instead of {@code council-platform.one-login.trust-level}.
   *
   * @param level for example {@link TrustLevel#MEDIUM_IDENTITY} to prove identity (P2)
   * @return this
   */
  public OneLoginConfigurer trustLevel(TrustLevel level) {
    this.trustLevel = Objects.requireNonNull(level, "level");
    return this;
  }

  /**
   * The identity claims to ask for when the trust level proves identity; default core identity and address.
   *
   * @param claims the claims
   * @return this
   */
  public OneLoginConfigurer identityClaims(IdentityClaim... claims) {
    this.identityClaims = claims.clone();
    return this;
  }

  /**
   * Whether to ask for the resident's phone number too (the {@code phone} scope).
   *
   * @param phone true to ask
   * @return this
   */
  public OneLoginConfigurer phone(boolean phone) {
    this.phone = phone;
    return this;
  }

  /**
   * Where a resident goes after signing in when no protected page was asked for first.
   *
   * @param url a path in this application; default {@code /}
   * @return this
   */
  public OneLoginConfigurer successUrl(String url) {
    this.successUrl = requirePath(url, "successUrl");
    return this;
  }

  /**
   * Where a failed sign-in goes (it must be a page anyone may see); by default it is answered 401 with a page
   * offering to sign in again, since a failure page behind sign-in would start the sign-in again and again.
   *
   * @param url a path in this application
   * @return this
   */
  public OneLoginConfigurer failureUrl(String url) {
    this.failureUrl = requirePath(url, "failureUrl");
    return this;
  }

  /**
   * Where a resident lands after a logout when not signed in with One Login, and where a session that a
   * back-channel logout ended is sent on its next request.
   *
   * @param url a path in this application; default {@code /}
   * @return this
   */
  public OneLoginConfigurer signedOutUrl(String url) {
    this.signedOutUrl = requirePath(url, "signedOutUrl");
    return this;
  }

  @Override
  public void init(HttpSecurity http) {
    SessionRegistry registry = context(http).getBean(SessionRegistry.class);
    // Registers each session under its resident, so that a back-channel logout can find and end it.
    http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(registry).expiredUrl(signedOutUrl));
    http.logout(l -> l.logoutSuccessHandler(new OneLoginLogoutSuccessHandler(oneLogin(http), signedOutUrl)));
    ExceptionHandlingConfigurer<HttpSecurity> exceptions = http.getConfigurer(ExceptionHandlingConfigurer.class);
    if (exceptions != null) {
      // A default only: an entry point the application sets itself still wins.
      exceptions.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(signInPath),
          AnyRequestMatcher.INSTANCE);
    }
  }

  @Override
  public void configure(HttpSecurity http) {
    ApplicationContext context = context(http);
    OneLoginApi oneLogin = oneLogin(http);
    OneLoginProperties props = context.getBeanProvider(OneLoginProperties.class).getIfAvailable();
    TrustLevel level = trustLevel != null ? trustLevel
        : props != null && props.getTrustLevel() != null ? props.getTrustLevel() : TrustLevel.MEDIUM;
    IdentityClaim[] claims = !level.provesIdentity() ? new IdentityClaim[0]
        : identityClaims != null ? identityClaims : new IdentityClaim[] {IdentityClaim.CORE_IDENTITY,
            IdentityClaim.ADDRESS};
    boolean askPhone = phone;
    // Built once now, so that options One Login would refuse fail the start, not the first resident.
    SignInOptions.builder().trustLevel(level).identityClaims(claims).phone(askPhone).build();
    OneLoginAuthorizationFilter start = new OneLoginAuthorizationFilter(oneLogin, get(signInPath),
        locale -> SignInOptions.builder().trustLevel(level).identityClaims(claims).phone(askPhone)
            .uiLocale(locale).build());

    OneLoginCallbackFilter callback = new OneLoginCallbackFilter(get(callbackPath(props)),
        new ProviderManager(new OneLoginAuthenticationProvider(oneLogin)));
    SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    success.setDefaultTargetUrl(successUrl);
    RequestCache cache = http.getSharedObject(RequestCache.class);
    if (cache != null) {
      success.setRequestCache(cache);
    }
    callback.setAuthenticationSuccessHandler(success);
    callback.setAuthenticationFailureHandler(failureUrl != null ? new SimpleUrlAuthenticationFailureHandler(failureUrl)
        : signInAgain());
    // The resident's session goes into the registry whatever the chain's own session strategy (computed before
    // this configurer's init) does, so that a back-channel logout can find it.
    List<SessionAuthenticationStrategy> strategies = new ArrayList<>();
    SessionAuthenticationStrategy shared = http.getSharedObject(SessionAuthenticationStrategy.class);
    if (shared != null) {
      strategies.add(shared);
    }
    strategies.add(new RegisterSessionAuthenticationStrategy(context.getBean(SessionRegistry.class)));
    callback.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(strategies));
    SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
    if (contexts != null) {
      callback.setSecurityContextRepository(contexts);
    }
    callback.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
    http.addFilterBefore(postProcess(start), UsernamePasswordAuthenticationFilter.class);
    http.addFilterBefore(postProcess(callback), UsernamePasswordAuthenticationFilter.class);
  }

  private AuthenticationFailureHandler signInAgain() {
    return (request, response, e) -> {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("text/html;charset=UTF-8");
      String again = HtmlUtils.htmlEscape(request.getContextPath() + signInPath);
      response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><title>Sign-in failed</title>"
          + "</head><body><h1>Sign-in failed</h1><p>We could not sign you in with GOV.UK One Login.</p>"
          + "<p><a href=\"" + again + "\">Try signing in again</a></p></body></html>")
          .getBytes(StandardCharsets.UTF_8));
    };
  }

  private static String callbackPath(OneLoginProperties props) {
    URI redirect = props == null ? null : props.getRedirectUri();
    if (redirect == null || redirect.getPath() == null || redirect.getPath().isEmpty()) {
      throw new io.github.councilplatform.spring.boot.InvalidCouncilPlatformPropertyException(
          "council-platform.one-login.redirect-uri", "One Login sign-in is configured but no redirect URI is set,"
          + " so the callback has no path", "Set it to the redirect URI registered with One Login, for example"
          + " https://council.example/login/oauth2/code/one-login");
    }
    return redirect.getPath();
  }

  private static RequestMatcher get(String path) {
    return request -> HttpMethod.GET.matches(request.getMethod())
        && path.equals(request.getRequestURI().substring(request.getContextPath().length()));
  }

  private static OneLoginApi oneLogin(HttpSecurity http) {
    return context(http).getBeanProvider(OneLoginApi.class).getIfAvailable(() -> {
      throw new io.github.councilplatform.spring.boot.InvalidCouncilPlatformPropertyException(
          "council-platform.one-login.client-id", "One Login sign-in is configured but there is no One Login"
          + " client", "Set council-platform.one-login.client-id and private-key, or define a OneLoginApi bean");
    });
  }

  private static ApplicationContext context(HttpSecurity http) {
    return http.getSharedObject(ApplicationContext.class);
  }

  private static String requirePath(String path, String name) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException(name + " must be a path beginning with /; got " + path);
    }
    return path;
  }
}
