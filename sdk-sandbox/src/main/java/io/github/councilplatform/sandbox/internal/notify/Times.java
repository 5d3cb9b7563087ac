package io.github.councilplatform.sandbox.internal.notify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Notify's timestamp format, {@code %Y-%m-%dT%H:%M:%S.%fZ} (microseconds, UTC). */
final class Times {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }
}
