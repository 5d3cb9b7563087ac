package io.github.councilplatform.sandbox.onelogin;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sandbox's GOV.UK One Login (placeholder until its issue lands). */
public final class OneLoginPlatform implements SandboxPlatform {
  private final SandboxContext context;

  /** Creates the platform with the sandbox's shared context. */
  public OneLoginPlatform(SandboxContext context) {
    this.context = context;
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.ONE_LOGIN;
  }

  @Override
  public boolean handles(String path) {
    return path.startsWith("/.well-known/") || path.equals("/authorize") || path.equals("/token") || path.equals("/userinfo") || path.equals("/logout");
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
    info.put("issuer", context.baseUrl() + "/");
    info.put("clientId", "");
    info.put("privateKeyPem", "");
    info.put("redirectUri", "");
    info.put("postLogoutRedirectUri", "");
    return info;
  }

  @Override
  public void reset() {}

  @Override
  public ResponseDefinition faultResponse(int status) {
    return Responses.json(status, Map.of("message", "Injected fault"));
  }
}
