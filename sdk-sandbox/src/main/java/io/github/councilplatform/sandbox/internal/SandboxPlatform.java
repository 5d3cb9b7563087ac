package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.util.List;
import java.util.Map;

/**
 * One faked platform inside the sandbox. The {@link Dispatcher} mounts it under its {@link #prefixes()} (and
 * refuses one that overlaps another platform's), routes every request below them to {@link #handle}, and admin
 * calls under {@code /_sandbox/<pathName>/} to {@link #handleAdmin}. A {@link PlatformError} thrown while handling
 * is answered with its response, a {@link MalformedRequestException} with {@link #badRequest}, and anything else
 * with {@link #faultResponse(int) faultResponse(500)}, so platforms need no catch-all of their own. Implementations hold their own state, thread-safely, and read time only from
 * {@link SandboxContext#clock()}.
 */
public interface SandboxPlatform {

  /** Which platform this is. */
  SandboxPlatformId id();

  /**
   * The path prefixes this platform owns, each a whole path or its leading segments ({@code "/v2"} owns
   * {@code /v2} and everything under {@code /v2/}, not {@code /v2x}).
   */
  List<String> prefixes();

  /** Serves a platform request. */
  ResponseDefinition handle(Request request);

  /**
   * Serves an admin request under {@code /_sandbox/<pathName>}; {@code subPath} is the rest of the path
   * (starting with {@code /}, or empty).
   */
  ResponseDefinition handleAdmin(String subPath, Request request);

  /**
   * This platform's part of {@code GET /_sandbox}: the seeded credentials, under the key
   * {@code notify}, {@code pay} or {@code oneLogin}.
   */
  Map<String, Object> info();

  /** Forgets all state and re-seeds the defaults (keys, templates, users), keeping credentials stable. */
  void reset();

  /**
   * The platform's answer to a request it cannot read (see {@link MalformedRequestException}); by default a JSON
   * {@code {"error": "BadRequest", "message": …}}.
   */
  default ResponseDefinition badRequest(String message) {
    return Responses.json(400, Map.of("error", "BadRequest", "message", message));
  }

  /** The platform's own error response for an injected fault ({@code status} 429, 500 or 503). */
  ResponseDefinition faultResponse(int status);
}
