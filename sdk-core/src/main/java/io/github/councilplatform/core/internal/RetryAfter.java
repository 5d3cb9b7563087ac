package io.github.councilplatform.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP {@code Retry-After} header. Pure: the present comes from the clock it is given. */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Parses {@code Retry-After}: delta-seconds or an HTTP date, measured on the given clock.
   *
   * @param value the header value, or {@code null}
   * @param clock the clock an HTTP date is measured against
   * @return the wait asked for (zero for a date in the past), or {@code null} when absent or unreadable
   */
  public static Duration parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), when);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
