package io.github.councilplatform.spring.boot.security;

/**
 * Entry point for signing residents in with GOV.UK One Login in a Spring Security filter chain:
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain security(HttpSecurity http) throws Exception {
 *   http.authorizeHttpRequests(a -> a.requestMatchers("/", "/error").permitAll().anyRequest().authenticated())
 *       .with(OneLoginSecurity.oneLogin(), Customizer.withDefaults());
 *   return http.build();
 * }
 * }</pre>
 *
 * <p>The rest comes from the {@code council-platform.one-login.*} properties (client id, private key, redirect URI,
 * post-logout redirect URI, trust level).
 */
public final class OneLoginSecurity {

  /** Held by every resident signed in with One Login. */
  public static final String SIGNED_IN = "ONE_LOGIN_SIGNED_IN";

  /**
   * Held by a resident whose identity One Login proved at the trust level asked for: guard identity pages with
   * {@code hasAuthority(OneLoginSecurity.IDENTITY_PROVEN)}.
   */
  public static final String IDENTITY_PROVEN = "ONE_LOGIN_IDENTITY_PROVEN";

  private OneLoginSecurity() {}

  /**
   * A configurer for {@code http.with(...)} that signs residents in through the application's {@code OneLoginApi}
   * bean.
   *
   * @return a new configurer, with the defaults described on {@link OneLoginConfigurer}
   */
  public static OneLoginConfigurer oneLogin() {
    return new OneLoginConfigurer();
  }
}
