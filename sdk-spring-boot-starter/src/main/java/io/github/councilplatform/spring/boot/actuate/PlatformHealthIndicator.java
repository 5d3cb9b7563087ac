package io.github.councilplatform.spring.boot.actuate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A platform's health as its clients already know it: the circuit breaker's state and how the last call ended.
 * Never calls the platform, so a probe may ask as often as it likes. {@code DOWN} when a client's circuit is open
 * or its last call failed for the platform's sake (5xx, 429, transport, outcome unknown); {@code UP} otherwise,
 * including before the first call.
 */
public final class PlatformHealthIndicator implements HealthIndicator {

  /**
   * What one client knows of its platform.
   *
   * @param circuitState {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN} or {@code DISABLED}
   * @param lastOutcome the last call's outcome tag, or {@code null} before the first call ends
   * @param lastStatus the last call's HTTP status, 0 when none
   * @param lastCallAt when the last call ended, or {@code null}
   * @param healthy whether the client considers the platform healthy
   */
  public record Snapshot(String circuitState, String lastOutcome, int lastStatus, Instant lastCallAt,
      boolean healthy) {}

  private final Supplier<Map<String, Supplier<Snapshot>>> clients;

  /** @param clients each client's snapshot by name (the Pay account name, or the platform's) */
  public PlatformHealthIndicator(Map<String, Supplier<Snapshot>> clients) {
    Map<String, Supplier<Snapshot>> copy = Map.copyOf(clients);
    this.clients = () -> copy;
  }

  /**
   * For clients known only once the context has started (Pay's accounts are registered late).
   *
   * @param clients looks up each client's snapshot by name, on every probe
   * @return the indicator
   */
  public static PlatformHealthIndicator lookingUp(Supplier<Map<String, Supplier<Snapshot>>> clients) {
    return new PlatformHealthIndicator(clients, true);
  }

  private PlatformHealthIndicator(Supplier<Map<String, Supplier<Snapshot>>> clients, boolean lazy) {
    this.clients = clients;
  }

  @Override
  public Health health() {
    Map<String, Supplier<Snapshot>> clients = this.clients.get();
    if (clients.isEmpty()) {
      return Health.unknown().withDetail("clients", "none configured").build();
    }
    boolean up = true;
    Map<String, Object> details = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Snapshot>> client : new java.util.TreeMap<>(clients).entrySet()) {
      Snapshot s = client.getValue().get();
      up &= s.healthy();
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("circuitBreaker", s.circuitState());
      d.put("lastOutcome", s.lastOutcome() == null ? "none yet" : s.lastOutcome());
      if (s.lastStatus() != 0) {
        d.put("lastStatus", s.lastStatus());
      }
      if (s.lastCallAt() != null) {
        d.put("lastCallAt", s.lastCallAt().toString());
      }
      details.put(client.getKey(), d);
    }
    return (up ? Health.up() : Health.down()).withDetails(details).build();
  }
}
