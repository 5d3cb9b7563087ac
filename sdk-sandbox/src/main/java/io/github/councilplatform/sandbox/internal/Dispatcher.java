package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.councilplatform.sandbox.SandboxFault;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WireMock extension behind the sandbox's catch-all stub: routes each request to the admin API or to the
 * platform that owns its path, applying any queued fault first. Users' own stubs, at WireMock's default
 * (higher) priority, match before the catch-all, so they can override any endpoint.
 */
public final class Dispatcher implements ResponseDefinitionTransformerV2 {
  /** The name the catch-all stub refers to. */
  public static final String NAME = "council-platform-sandbox";

  /** The admin API's prefix, which no platform may claim. */
  static final String ADMIN_PREFIX = "/_sandbox";

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private record Mount(String prefix, SandboxPlatform platform) {}

  private final List<Mount> mounts = new CopyOnWriteArrayList<>();
  private final FaultPlan faults;
  private volatile AdminApi admin;

  /**
   * A dispatcher with no platform mounted yet.
   *
   * @param faults the queued faults, applied before a platform sees a request
   */
  public Dispatcher(FaultPlan faults) {
    this.faults = faults;
  }

  /**
   * Mounts a platform under its {@link SandboxPlatform#prefixes() prefixes}.
   *
   * @param platform the platform
   * @throws IllegalStateException if a prefix overlaps the admin API's or a mounted platform's (one equals the
   *     other or lies below it), so a new platform can never take over another's paths by accident
   */
  public synchronized void mount(SandboxPlatform platform) {
    List<Mount> adding = new java.util.ArrayList<>();
    for (String prefix : platform.prefixes()) {
      if (!prefix.startsWith("/") || (prefix.length() > 1 && prefix.endsWith("/"))) {
        throw new IllegalArgumentException("A mount prefix starts with / and does not end with one: " + prefix);
      }
      if (overlaps(prefix, ADMIN_PREFIX)) {
        throw new IllegalStateException(platform.id() + " cannot mount " + prefix + ": the admin API owns "
            + ADMIN_PREFIX);
      }
      for (Mount m : mounts) {
        if (overlaps(prefix, m.prefix)) {
          throw new IllegalStateException(platform.id() + " cannot mount " + prefix + ": it overlaps "
              + m.platform.id() + "'s " + m.prefix);
        }
      }
      for (Mount m : adding) {
        if (overlaps(prefix, m.prefix)) {
          throw new IllegalStateException(platform.id() + " lists overlapping prefixes " + m.prefix + " and "
              + prefix);
        }
      }
      adding.add(new Mount(prefix, platform));
    }
    mounts.addAll(adding);
  }

  private static boolean overlaps(String a, String b) {
    return under(a, b) || under(b, a);
  }

  /** Whether a path is a prefix or lies below it, segment-wise. */
  private static boolean under(String path, String prefix) {
    return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
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
    if (under(path, ADMIN_PREFIX)) {
      return admin.handle(path.substring(ADMIN_PREFIX.length()), request);
    }
    for (Mount m : mounts) {
      if (under(path, m.prefix)) {
        SandboxPlatform platform = m.platform;
        return withFaults(platform, () -> serve(platform, request, path));
      }
    }
    return Responses.json(404, Map.of("error", "NotFound",
        "message", "The sandbox serves Notify under /v2/, Pay under /v1/ and One Login at its OpenID paths;"
            + " nothing is at " + path + ". GET /_sandbox lists the credentials."));
  }

  private static ResponseDefinition serve(SandboxPlatform platform, Request request, String path) {
    try {
      return platform.handle(request);
    } catch (PlatformError e) {
      return e.response();
    } catch (MalformedRequestException e) {
      return platform.badRequest(e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("Sandbox {} failed on {} {}", platform.id(), request.getMethod(), path, e);
      return platform.faultResponse(500);
    }
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
}
