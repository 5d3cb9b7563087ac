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

  @Override
  public String toString() {
    return field == null ? code + ": " + message : code + " (" + field + "): " + message;
  }
}
