package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The WireMock extension behind the sandbox's catch-all stub: routes each request to the admin API or to the
 * platform that owns its path, applying any queued fault first. Users' own stubs, at WireMock's default
 * (higher) priority, match before the catch-all, so they can override any endpoint.
 */
public final class Dispatcher implements ResponseDefinitionTransformerV2 {
  /** The name the catch-all stub refers to. */
  public static final String NAME = "council-platform-sandbox";

  private final List<SandboxPlatform> platforms;
  private final FaultPlan faults;
  private volatile AdminApi admin;

  public Dispatcher(List<SandboxPlatform> platforms, FaultPlan faults) {
    this.platforms = platforms;
    this.faults = faults;
  }

  /** Connects the admin API, which can only be built once the server's port is known. */
  public void admin(AdminApi admin) {
    this.admin = admin;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    String path = pathOf(request.getUrl());
    if (path.equals("/_sandbox") || path.startsWith("/_sandbox/")) {
      return admin.handle(path.substring("/_sandbox".length()), request);
    }
    for (SandboxPlatform platform : platforms) {
      if (platform.handles(path)) {
        return withFaults(platform, () -> platform.handle(request));
      }
    }
    return Responses.json(404, Map.of("error", "NotFound",
        "message", "The sandbox serves Notify under /v2/, Pay under /v1/ and One Login at its OpenID paths;"
            + " nothing is at " + path + ". GET /_sandbox lists the credentials."));
  }

  private ResponseDefinition withFaults(SandboxPlatform platform, Supplier<ResponseDefinition> normal) {
    FaultPlan.Planned planned = faults.next(platform.id());
    if (planned == null) {
      return normal.get();
    }
    SandboxFault fault = planned.fault();
    return switch (fault) {
      case SERVER_ERROR -> platform.faultResponse(500);
      case SERVICE_UNAVAILABLE -> platform.faultResponse(503);
      case RATE_LIMITED -> platform.faultResponse(429);
      case CONNECTION_RESET -> ResponseDefinitionBuilder.responseDefinition()
          .withFault(Fault.CONNECTION_RESET_BY_PEER).build();
      case DELAY -> ResponseDefinitionBuilder.like(normal.get())
          .withFixedDelay((int) planned.delay().toMillis()).build();
    };
  }

  /** The path of a request URL, without query string. */
  public static String pathOf(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** Finds the platform with an id. */
  static SandboxPlatform find(List<SandboxPlatform> platforms, SandboxPlatformId id) {
    for (SandboxPlatform p : platforms) {
      if (p.id() == id) {
        return p;
      }
    }
    throw new IllegalStateException("No platform " + id);
  }
}
