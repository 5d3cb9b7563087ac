package io.github.councilplatform.spring.boot.internal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

/** The observation, timer and counters a call's events become: names and tags. */
class CallObservationsTest {

  @Test
  void aCallIsOneObservationTaggedPlatformOperationOutcomeStatus() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    CallObservations observations = new CallObservations(registry);
    observations.started("pay", "createPayment", "req-1");
    observations.retried("req-1");
    observations.ended("req-1", "success", 201, 2);
    TestObservationRegistryAssert.assertThat(registry).hasSingleObservationThat()
        .hasNameEqualTo("council.platform.call").hasContextualNameEqualTo("pay createPayment")
        .hasLowCardinalityKeyValue("platform", "pay").hasLowCardinalityKeyValue("operation", "createPayment")
        .hasLowCardinalityKeyValue("outcome", "success").hasLowCardinalityKeyValue("status", "201")
        .hasHighCardinalityKeyValue("attempts", "2");
  }

  @Test
  void metersAreATimerAndCountersForRetriesAndCircuitOpenRefusals() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    CallObservations observations = new CallObservations(registry);

    observations.started("notify", "sendEmail", "a");
    observations.retried("a");
    observations.retried("a");
    observations.ended("a", "server_error", 500, 3);
    observations.started("notify", "sendEmail", "b");
    observations.circuitOpen("b");
    observations.ended("b", "circuit_open", 0, 0);

    assertThat(meters.get("council.platform.call").tag("platform", "notify").tag("operation", "sendEmail")
        .tag("outcome", "server_error").tag("status", "500").timer().count()).isEqualTo(1);
    assertThat(meters.get("council.platform.call").tag("outcome", "circuit_open").tag("status", "0").timer()
        .count()).isEqualTo(1);
    assertThat(meters.get("council.platform.call.retry").tag("platform", "notify").tag("operation", "sendEmail")
        .counter().count()).isEqualTo(2);
    assertThat(meters.get("council.platform.call.circuit.open").tag("platform", "notify").counter().count())
        .isEqualTo(1);
  }
}
