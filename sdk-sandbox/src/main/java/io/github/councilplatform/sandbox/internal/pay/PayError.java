package io.github.councilplatform.sandbox.internal.pay;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.PlatformError;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GOV.UK Pay error answer: the HTTP status and the {@code RequestError} body
 * ({@code field}?, {@code header}?, {@code code}, {@code description}). Thrown by handlers and turned into the
 * response by {@link PayPlatform}.
 */
final class PayError extends PlatformError {
  private final int status;
  private final String field;
  private final String header;
  private final String code;
  private final String description;

  private PayError(int status, String field, String header, String code, String description) {
    super(code + " " + description);
    this.status = status;
    this.field = field;
    this.header = header;
    this.code = code;
    this.description = description;
  }

  /** An error without field or header. */
  static PayError of(int status, String code, String description) {
    return new PayError(status, null, null, code, description);
  }

  /** An error about a body field. */
  static PayError field(int status, String field, String code, String description) {
    return new PayError(status, field, null, code, description);
  }

  /** An error about a header. */
  static PayError header(int status, String header, String code, String description) {
    return new PayError(status, null, header, code, description);
  }

  /** {@code Missing mandatory attribute: <field>} with a code (P0101, P0601, P2101). */
  static PayError missing(String code, String field) {
    return field(400, field, code, "Missing mandatory attribute: " + field);
  }

  /** {@code Invalid attribute value: <field>. <why>} with a status and code (P0102, P0602, P2102). */
  static PayError invalid(int status, String code, String field, String why) {
    return field(status, field, code, "Invalid attribute value: " + field + ". " + why);
  }

  /** The 404 {@code Not found} of an endpoint. */
  static PayError notFound(String code) {
    return of(404, code, "Not found");
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** The response, with the body fields in Pay's order and nulls left out. */
  @Override
  public ResponseDefinition response() {
    Map<String, Object> body = new LinkedHashMap<>();
    if (field != null) {
      body.put("field", field);
    }
    if (header != null) {
      body.put("header", header);
    }
    body.put("code", code);
    body.put("description", description);
    return Responses.json(status, body);
  }
}
