package io.github.councilplatform.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads how long a response may be reused from its {@code Cache-Control} header. */
final class CacheControl {
  /** Rotation is handled by refetching on an unknown key, but a day is long enough to trust any copy. */
  static final Duration MAX_TTL = Duration.ofDays(1);

  private CacheControl() {}

  /**
   * The freshness lifetime: {@code max-age}, zero for {@code no-store}/{@code no-cache}, or empty when the
   * header says nothing usable.
   */
  static Optional<Duration> lifetime(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Duration found = null;
    for (String directive : header.split(",")) {
      String d = directive.trim().toLowerCase(Locale.ROOT);
      if (d.equals("no-store") || d.equals("no-cache")) {
        return Optional.of(Duration.ZERO);
      }
      if (d.startsWith("max-age=")) {
        try {
          long seconds = Long.parseLong(d.substring("max-age=".length()).replace("\"", "").trim());
          found = Duration.ofSeconds(Math.max(0, seconds));
        } catch (NumberFormatException ignored) {
          // A malformed max-age is treated as absent.
        }
      }
    }
    return Optional.ofNullable(found).map(t -> t.compareTo(MAX_TTL) > 0 ? MAX_TTL : t);
  }
}
