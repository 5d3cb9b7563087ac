package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.identity.Address;
import io.github.councilplatform.identity.VerifiedIdentity;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A council service that signs residents in with One Login: one {@code with(...)} line and the properties. */
// Spring Security itself, not Boot's security auto-configuration: the starter's other tests run without any
// filter chain on the same classpath.
@SpringBootApplication
@EnableWebSecurity
class SecuredTestApplication {

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.requestMatchers("/", "/error").permitAll()
            .requestMatchers("/identity").hasAuthority(OneLoginSecurity.IDENTITY_PROVEN)
            .anyRequest().authenticated())
        .with(OneLoginSecurity.oneLogin(), Customizer.withDefaults());
    return http.build();
  }

  @RestController
  static class Pages {

    @GetMapping("/")
    String home() {
      return "home";
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal OidcUser user, CsrfToken csrf) {
      return "sub=" + user.getSubject() + "\nemail=" + user.getEmail() + "\ncsrf=" + csrf.getToken();
    }

    @GetMapping("/identity")
    String identity(@AuthenticationPrincipal OneLoginUser user) {
      VerifiedIdentity id = user.requireIdentity();
      Address address = id.currentAddress().orElseThrow();
      return "family=" + id.currentName().orElseThrow().familyName() + "\nborn=" + id.birthDate().orElseThrow().value()
          + "\npostcode=" + address.postalCode() + "\nlevel=" + id.level();
    }
  }
}
