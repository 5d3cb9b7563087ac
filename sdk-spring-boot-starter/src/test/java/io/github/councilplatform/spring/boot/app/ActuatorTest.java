package io.github.councilplatform.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxCredentials;
import io.github.councilplatform.spring.boot.test.AutoConfigureCouncilPlatformSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator: secrets never shown by /env or /configprops, even with show-values=always; the SDK version in
 * /info.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "management.endpoints.web.exposure.include=env,configprops,info,health",
        "management.endpoint.env.show-values=always",
        "management.endpoint.configprops.show-values=always",
        "management.info.env.enabled=true",
        "council-platform.notify.callback-bearer-tokens=callback-token-1234567,callback-token-7654321",
        "council-platform.notify.delivery-receipts.enabled=true",
        "council-platform.pay.accounts.parking.api-key=unset",
        "council-platform.pay.accounts.council-tax.api-key=unset",
        "council-platform.one-login.redirect-uri=https://council.example/signed-in"})
@AutoConfigureCouncilPlatformSandbox
class ActuatorTest {

  @LocalServerPort int port;
  @Autowired Sandbox sandbox;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void secretsAreNeverShown() throws Exception {
    SandboxCredentials c = sandbox.credentials();
    for (String endpoint : new String[] {"/actuator/env", "/actuator/configprops"}) {
      String body = get(endpoint);
      assertThat(body).as(endpoint).contains("council-platform").contains("******")
          .doesNotContain(c.notifyService().liveApiKey())
          .doesNotContain(c.pay().apiKey())
          .doesNotContain(c.pay().webhookSigningSecret())
          .doesNotContain("callback-token-1234567").doesNotContain("callback-token-7654321")
          .doesNotContain("PRIVATE KEY")
          .doesNotContain(c.oneLogin().privateKeyPem().lines().skip(1).findFirst().orElseThrow());
    }
    // What is not a secret stays readable.
    assertThat(get("/actuator/env")).contains(c.oneLogin().clientId());
  }

  @Test
  void infoCarriesTheSdkVersion() throws Exception {
    assertThat(get("/actuator/info")).contains("\"council-platform\"").contains("\"sdk-version\":\"0.")
        .contains("\"platforms\":[\"notify\",\"pay\",\"one-login\"]");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
