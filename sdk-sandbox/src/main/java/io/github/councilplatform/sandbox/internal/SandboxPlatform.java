package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.util.Map;

/**
 * One faked platform inside the sandbox. The dispatcher routes every request whose path the platform
 * {@link #handles(String) handles} to it, and admin calls under {@code /_sandbox/<pathName>/} to
 * {@link #handleAdmin}. Implementations hold their own state, thread-safely, and read time only from
 * {@link SandboxContext#clock()}.
 */
public interface SandboxPlatform {

  /** Which platform this is. */
  SandboxPlatformId id();

  /** Whether a request path (without query) belongs to this platform. */
  boolean handles(String path);

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

  /** The platform's own error response for an injected fault ({@code status} 429, 500 or 503). */
  ResponseDefinition faultResponse(int status);
}
