package io.github.councilplatform.core;

import java.util.Optional;

/**
 * One error a platform listed in an error response.
 *
 * <p>Notify lists several ({@code {"error": "ValidationError", "message": "…"}}); Pay returns one
 * ({@code {"code": "P0102", "field": "amount", "description": "…"}}); One Login uses OAuth's
 * {@code {"error": "invalid_grant", "error_description": "…"}}. All three map onto this record.
 *
 * @param code the platform's error type or code: {@code ValidationError}, {@code P0102},
 *     {@code invalid_grant}
 * @param message the platform's description, meant for developers
 * @param field the request field or header the error is about, when the platform names one
 */
public record ApiError(String code, String message, String field) {

  /** The request field or header this error is about, when the platform names one. */
  public Optional<String> fieldName() {
    return Optional.ofNullable(field);
  }

  /** Reads as the platform's code, the field and the message, leaving out whichever the platform did not give. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (code != null) {
      b.append(code);
    }
    if (field != null) {
      b.append(b.length() > 0 ? " " : "").append('(').append(field).append(')');
    }
    if (message != null) {
      b.append(b.length() > 0 ? ": " : "").append(message);
    }
    return b.length() == 0 ? "an error with no code or message" : b.toString();
  }
}
