package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.SandboxClock;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sandbox's own admin API under {@code /_sandbox}:
 *
 * <ul>
 *   <li>{@code GET /_sandbox}: the seeded credentials of every platform;
 *   <li>{@code POST /_sandbox/reset}: forget all state;
 *   <li>{@code GET /_sandbox/clock}, {@code POST /_sandbox/clock/advance?seconds=N}: read and move the clock;
 *   <li>{@code POST /_sandbox/faults} with {@code {"platform": "notify", "fault": "server_error", "count": 2,
 *       "delayMillis": 0}}, {@code DELETE /_sandbox/faults}: inject and clear faults;
 *   <li>{@code /_sandbox/notify/…}, {@code /_sandbox/pay/…}, {@code /_sandbox/one-login/…}: each platform's own.
 * </ul>
 */
public final class AdminApi {
  private final List<SandboxPlatform> platforms;
  private final SandboxClock clock;
  private final Scheduler scheduler;
  private final FaultPlan faults;
  private final Runnable reset;
  private final String baseUrl;

  public AdminApi(List<SandboxPlatform> platforms, SandboxClock clock, Scheduler scheduler, FaultPlan faults,
      Runnable reset, String baseUrl) {
    this.platforms = platforms;
    this.clock = clock;
    this.scheduler = scheduler;
    this.faults = faults;
    this.reset = reset;
    this.baseUrl = baseUrl;
  }

  /** Builds the {@code GET /_sandbox} document. */
  public Map<String, Object> info() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("baseUrl", baseUrl);
    for (SandboxPlatform p : platforms) {
      info.put(p.id() == SandboxPlatformId.ONE_LOGIN ? "oneLogin" : p.id().pathName(), p.info());
    }
    return info;
  }

  ResponseDefinition handle(String sub, Request request) {
    RequestMethod method = request.getMethod();
    try {
      if (sub.isEmpty() || sub.equals("/")) {
        return method.equals(RequestMethod.GET) ? Responses.json(200, info()) : notAllowed();
      }
      if (sub.equals("/reset")) {
        if (!method.equals(RequestMethod.POST)) {
          return notAllowed();
        }
        reset.run();
        return Responses.json(200, Map.of("reset", true));
      }
      if (sub.equals("/clock")) {
        return Responses.json(200, clockJson());
      }
      if (sub.equals("/clock/advance")) {
        if (!method.equals(RequestMethod.POST)) {
          return notAllowed();
        }
        QueryParameter seconds = request.queryParameter("seconds");
        if (seconds == null || !seconds.isPresent()) {
          return bad("Give the number of seconds: POST /_sandbox/clock/advance?seconds=N");
        }
        long s;
        try {
          s = Long.parseLong(seconds.firstValue());
        } catch (NumberFormatException e) {
          return bad("seconds must be a whole number: " + seconds.firstValue());
        }
        if (s < 0) {
          return bad("The sandbox clock only moves forward; seconds must not be negative");
        }
        clock.advance(Duration.ofSeconds(s));
        // Answer once the platforms stand at the new time, so a caller's next read sees what fell due.
        scheduler.runDue(Scheduler.ADVANCE_WAIT);
        return Responses.json(200, clockJson());
      }
      if (sub.equals("/faults")) {
        if (method.equals(RequestMethod.DELETE)) {
          faults.clear();
          return Responses.json(200, Map.of("cleared", true));
        }
        if (!method.equals(RequestMethod.POST)) {
          return notAllowed();
        }
        JsonNode body = Responses.JSON.readTree(request.getBody());
        if (body == null || !body.isObject()) {
          return bad("Send JSON like {\"platform\": \"notify\", \"fault\": \"server_error\", \"count\": 1}");
        }
        SandboxPlatformId platform = SandboxPlatformId.parse(body.path("platform").asText());
        SandboxFault fault = parseFault(body.path("fault").asText());
        int count = body.path("count").asInt(1);
        Duration delay = Duration.ofMillis(body.path("delayMillis").asLong(0));
        faults.add(platform, fault, count, fault == SandboxFault.DELAY ? delay : null);
        return Responses.json(201, Map.of("platform", platform.pathName(), "fault", fault.name().toLowerCase(
            Locale.ROOT), "pending", faults.pending(platform)));
      }
      for (SandboxPlatform p : platforms) {
        String prefix = "/" + p.id().pathName();
        if (sub.equals(prefix) || sub.startsWith(prefix + "/")) {
          return p.handleAdmin(sub.substring(prefix.length()), request);
        }
      }
      return Responses.json(404, Map.of("error", "NotFound", "message", "No sandbox admin endpoint at /_sandbox"
          + sub));
    } catch (IllegalArgumentException | IOException e) {
      return bad(e.getMessage());
    }
  }

  private static SandboxFault parseFault(String name) {
    try {
      return SandboxFault.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown fault '" + name + "': use server_error, service_unavailable,"
          + " rate_limited, connection_reset or delay (with delayMillis)");
    }
  }

  private Map<String, Object> clockJson() {
    return Map.of("now", clock.instant().toString(), "offsetSeconds", clock.offset().toSeconds());
  }

  private static ResponseDefinition bad(String message) {
    return Responses.json(400, Map.of("error", "BadRequest", "message", message == null ? "Bad request" : message));
  }

  private static ResponseDefinition notAllowed() {
    return Responses.json(405, Map.of("error", "MethodNotAllowed", "message", "Method not allowed here"));
  }
}
