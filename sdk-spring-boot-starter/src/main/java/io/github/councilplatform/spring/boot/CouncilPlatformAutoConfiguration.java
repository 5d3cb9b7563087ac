package io.github.councilplatform.spring.boot;

import io.github.councilplatform.spring.boot.internal.SharedHttpClient;
import io.github.councilplatform.spring.boot.properties.InboundProperties;
import io.github.councilplatform.spring.boot.properties.NotifyProperties;
import io.github.councilplatform.spring.boot.properties.OneLoginProperties;
import io.github.councilplatform.spring.boot.properties.PayProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What the three platforms' auto-configurations share: their settings and the one HTTP connection pool.
 */
@AutoConfiguration
@EnableConfigurationProperties({NotifyProperties.class, PayProperties.class, OneLoginProperties.class,
    InboundProperties.class})
public class CouncilPlatformAutoConfiguration {

  /** The bean name of the shared HTTP client holder. */
  public static final String HTTP_CLIENT_BEAN = "councilPlatformHttpClient";

  /**
   * The shared OkHttp client (one connection pool, one dispatcher), closed after the clients built on it.
   *
   * @return the holder
   */
  @Bean(HTTP_CLIENT_BEAN)
  SharedHttpClient councilPlatformHttpClient() {
    return new SharedHttpClient();
  }
}
