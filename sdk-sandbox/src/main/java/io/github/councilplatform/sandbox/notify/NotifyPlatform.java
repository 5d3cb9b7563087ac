package io.github.councilplatform.sandbox.notify;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sandbox's GOV.UK Notify (placeholder until its issue lands). */
public final class NotifyPlatform implements SandboxPlatform {
  private final SandboxContext context;

  /** Creates the platform with the sandbox's shared context. */
  public NotifyPlatform(SandboxContext context) {
    this.context = context;
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.NOTIFY;
  }

  @Override
  public boolean handles(String path) {
    return path.startsWith("/v2/");
  }

  @Override
  public ResponseDefinition handle(Request request) {
    return Responses.json(501, Map.of("message", "Not implemented yet in the sandbox"));
  }

  @Override
  public ResponseDefinition handleAdmin(String subPath, Request request) {
    return Responses.json(404, Map.of("message", "No admin endpoint " + subPath));
  }

  @Override
  public Map<String, Object> info() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("apiKey", "");
    info.put("teamApiKey", "");
    info.put("testApiKey", "");
    info.put("templates", Map.of("email", "", "sms", "", "letter", ""));
    return info;
  }

  @Override
  public void reset() {}

  @Override
  public ResponseDefinition faultResponse(int status) {
    return Responses.json(status, Map.of("message", "Injected fault"));
  }
}
