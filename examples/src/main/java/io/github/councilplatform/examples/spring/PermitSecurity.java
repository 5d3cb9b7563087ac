package io.github.councilplatform.examples.spring;

import io.github.councilplatform.identity.TrustLevel;
import io.github.councilplatform.spring.boot.security.OneLoginSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** All the sign-in code the service has: One Login, proving identity (P2), with the phone number for the text. */
@Configuration(proxyBeanMethods = false)
class PermitSecurity {

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.requestMatchers("/", "/signed-out", "/error").permitAll()
            .anyRequest().authenticated())
        .with(OneLoginSecurity.oneLogin(), one -> one.trustLevel(TrustLevel.MEDIUM_IDENTITY).phone(true));
    return http.build();
  }
}
