package io.github.councilplatform.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import io.github.councilplatform.identity.TokenValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Strict reading of One Login's identity JSON. Every failure is a {@link TokenProblem#SHAPE} that names the
 * part by its path (for example {@code vc.credentialSubject.birthDate[0].value}) and what was expected, and
 * never quotes the value: these claims are personal data, so neither the message nor a cause may carry them.
 */
final class Shapes {
  private final TokenKind kind;

  Shapes(TokenKind kind) {
    this.kind = kind;
  }

  TokenValidationException fail(String path, String problem) {
    return new TokenValidationException(kind, TokenProblem.SHAPE, path + " " + problem + "; it is not in One"
        + " Login's documented shape, so do not treat this identity as proven.");
  }

  /** The field as an object; a missing or null field fails when required, else gives {@code null}. */
  JsonNode object(JsonNode parent, String field, String path, boolean required) {
    JsonNode v = present(parent, field, path, required);
    if (v != null && !v.isObject()) {
      throw fail(path, "is not an object");
    }
    return v;
  }

  /** The field as an array, non-empty when {@code nonEmpty}; a missing field fails when required. */
  JsonNode array(JsonNode parent, String field, String path, boolean required, boolean nonEmpty) {
    JsonNode v = present(parent, field, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      throw fail(path, "is not an array");
    }
    if (nonEmpty && v.isEmpty()) {
      throw fail(path, "is empty");
    }
    return v;
  }

  /** The element as an object. */
  JsonNode element(JsonNode element, String path) {
    if (!element.isObject()) {
      throw fail(path, "is not an object");
    }
    return element;
  }

  /** The field as text; a required field must also not be blank (an optional one may be). */
  String text(JsonNode parent, String field, String path, boolean required) {
    JsonNode v = present(parent, field, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw fail(path, "is not text");
    }
    if (required && v.asText().isBlank()) {
      throw fail(path, "is blank");
    }
    return v.asText();
  }

  /** The field as a calendar date, {@code YYYY-MM-DD}. */
  LocalDate date(JsonNode parent, String field, String path, boolean required) {
    String s = text(parent, field, path, required);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      // The parser's message quotes the text, so it is not kept as a cause.
      throw fail(path, "is not a date (YYYY-MM-DD)");
    }
  }

  /** The field as a whole number that fits a {@code long}. */
  Long whole(JsonNode parent, String field, String path, boolean required) {
    JsonNode v = present(parent, field, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw fail(path, "is not a whole number");
    }
    return v.longValue();
  }

  private JsonNode present(JsonNode parent, String field, String path, boolean required) {
    JsonNode v = parent.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw fail(path, "is missing");
      }
      return null;
    }
    return v;
  }
}
