package io.github.councilplatform.sandbox.internal.notify;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.PlatformError;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Notify API error: the HTTP status and the {@code errors[]} entries of the real body
 * {@code {"status_code": N, "errors": [{"error": type, "message": text}]}}. Thrown by validators and answered
 * by the sandbox's dispatcher with {@link #response()}.
 */
final class NotifyError extends PlatformError {
  private static final long serialVersionUID = 1L;

  /** One entry of the {@code errors} array. */
  record Entry(String error, String message) {}

  private final int status;
  private final transient List<Entry> entries;

  NotifyError(int status, String error, String message) {
    this(status, List.of(new Entry(error, message)));
  }

  NotifyError(int status, List<Entry> entries) {
    super(entries.isEmpty() ? "" : entries.get(0).message());
    this.status = status;
    this.entries = List.copyOf(entries);
  }

  static NotifyError validation(String message) {
    return new NotifyError(400, "ValidationError", message);
  }

  static NotifyError validation(List<String> messages) {
    List<Entry> unique = new ArrayList<>();
    for (String m : messages) {
      Entry e = new Entry("ValidationError", m);
      if (!unique.contains(e)) {
        unique.add(e);
      }
    }
    return new NotifyError(400, unique);
  }

  static NotifyError badRequest(String message) {
    return new NotifyError(400, "BadRequestError", message);
  }

  static NotifyError notFound() {
    return new NotifyError(404, "NoResultFound", "No result found");
  }

  int status() {
    return status;
  }

  List<Entry> entries() {
    return entries;
  }

  /** The response body and status exactly as Notify sends them. */
  @Override
  public ResponseDefinition response() {
    return response(status, entries);
  }

  static ResponseDefinition response(int status, List<Entry> entries) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("error", e.error());
      m.put("message", e.message());
      errors.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status_code", status);
    body.put("errors", errors);
    return Responses.json(status, body);
  }
}
