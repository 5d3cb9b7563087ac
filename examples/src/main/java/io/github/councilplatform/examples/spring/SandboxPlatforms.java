package io.github.councilplatform.examples.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sandbox, set up as a council would set up the real platforms once in their admin tools: the permit's
 * templates, Notify's delivery-status callback and Pay's webhook pointed at the starter's endpoints, and the
 * service's redirect, post-logout and back-channel logout URIs registered with One Login. Its
 * {@link #properties()} are the {@code council-platform.*} settings a real deployment would give.
 */
final class SandboxPlatforms implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Sandbox sandbox;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();

  private SandboxPlatforms(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  static int port(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--server.port=")) {
        return Integer.parseInt(arg.substring("--server.port=".length()));
      }
    }
    return 8080;
  }

  static SandboxPlatforms start(int port) {
    SandboxPlatforms platforms = new SandboxPlatforms(Sandbox.start());
    platforms.setUp("http://localhost:" + port);
    return platforms;
  }

  private void setUp(String service) {
    SandboxCredentials creds = sandbox.credentials();
    String url = sandbox.baseUrl();
    String callbackToken = UUID.randomUUID().toString();
    String emailTemplate = (String) admin("POST", "/notify/templates", Map.of("type", "email",
        "name", "Parking permit issued", "subject", "Your resident parking permit ((permit_number))",
        "body", "Dear ((name)),\n\nYour resident parking permit ((permit_number)) is valid from today for one year.")
    ).get("id");
    String smsTemplate = (String) admin("POST", "/notify/templates", Map.of("type", "sms",
        "name", "Parking permit issued", "body", "Your parking permit ((permit_number)) is valid from today."))
        .get("id");
    admin("POST", "/notify/callbacks/delivery-status", Map.of("url",
        service + "/council-platform/notify/delivery-receipts", "bearerToken", callbackToken));
    admin("POST", "/pay/webhooks", Map.of("callbackUrl", service + "/council-platform/pay/webhooks",
        "description", "Parking permits"));
    SandboxCredentials.OneLogin oneLogin = creds.oneLogin();
    String redirect = service + "/login/oauth2/code/one-login";
    String signedOut = service + "/signed-out";
    admin("PUT", "/one-login/clients/" + oneLogin.clientId(), Map.of(
        "redirectUris", List.of(oneLogin.redirectUri().toString(), redirect),
        "postLogoutRedirectUris", List.of(oneLogin.postLogoutRedirectUri().toString(), signedOut),
        "backChannelLogoutUri", service + "/council-platform/one-login/back-channel-logout",
        // The text needs the phone number: One Login gives it only to a service registered for the scope.
        "scopes", List.of("openid", "email", "phone")));

    properties.put("council-platform.notify.base-url", url);
    properties.put("council-platform.notify.api-key", creds.notifyService().liveApiKey());
    properties.put("council-platform.notify.callback-bearer-tokens", callbackToken);
    properties.put("council-platform.notify.delivery-receipts.enabled", "true");
    properties.put("council-platform.pay.base-url", url);
    properties.put("council-platform.pay.accounts.parking.api-key", creds.pay().apiKey());
    properties.put("council-platform.pay.accounts.parking.webhook-secrets", creds.pay().webhookSigningSecret());
    properties.put("council-platform.pay.webhooks.enabled", "true");
    properties.put("council-platform.one-login.base-url", url);
    properties.put("council-platform.one-login.client-id", oneLogin.clientId());
    properties.put("council-platform.one-login.private-key", oneLogin.privateKeyPem());
    properties.put("council-platform.one-login.redirect-uri", redirect);
    properties.put("council-platform.one-login.post-logout-redirect-uri", signedOut);
    properties.put("council-platform.one-login.back-channel-logout.enabled", "true");
    properties.put("parking.email-template-id", emailTemplate);
    properties.put("parking.sms-template-id", smsTemplate);
    properties.put("parking.service-url", service);
  }

  /** The started sandbox. */
  Sandbox sandbox() {
    return sandbox;
  }

  /** The settings pointing the starter at the sandbox. */
  Map<String, Object> properties() {
    return properties;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> admin(String method, String path, Map<String, ?> body) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox"
              + path)).header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " /_sandbox" + path + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return response.body().isBlank() ? Map.of() : JSON.readValue(response.body(), Map.class);
    } catch (IOException e) {
      throw new IllegalStateException("the sandbox's admin API is unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Stops the sandbox when the application stops. */
  @Override
  public void close() {
    sandbox.close();
  }
}
