package io.github.councilplatform.spring.boot;

import io.github.councilplatform.spring.boot.internal.observe.CallObservations;
import io.github.councilplatform.spring.boot.internal.observe.ObservingCallListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Every platform call observed through the application's {@link ObservationRegistry}: a
 * {@code council.platform.call} observation tagged platform, operation, outcome and status, with retries and
 * circuit-open refusals as events (counted as {@code council.platform.call.retry} and
 * {@code council.platform.call.circuit.open} by Micrometer's meter handler).
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    before = {NotifyAutoConfiguration.class, PayAutoConfiguration.class, OneLoginAutoConfiguration.class})
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public class CallObservationAutoConfiguration {

  /**
   * The listener every auto-configured client is built with.
   *
   * @param registry the application's registry
   * @return the listener
   */
  @Bean
  ObservingCallListener councilPlatformObservingCallListener(ObservationRegistry registry) {
    return new ObservingCallListener(new CallObservations(registry));
  }
}
