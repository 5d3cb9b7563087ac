package org.example.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first SDK call a new user makes in a test, against the sandbox, on the classpath Maven resolved. */
@ExtendWith(SandboxExtension.class)
class PermitNotifierTest {

  @Test
  void sendsThroughTheSandboxAndReadsTheNotificationBack(Sandbox sandbox) {
    Map<?, ?> notifyInfo = (Map<?, ?>) sandbox.info().get("notify");
    UUID template = UUID.fromString(((Map<?, ?>) notifyInfo.get("templates")).get("email").toString());
    NotifyClient notify = NotifyClient.builder().baseUrl(sandbox.baseUrl())
        .apiKey(notifyInfo.get("apiKey").toString()).build();

    UUID id = new PermitNotifier(notify, template).permitReady("amala@example.com", "Amala", "PERMIT-42");

    Notification sent = notify.getNotification(id);
    assertEquals("PERMIT-42", sent.reference());
    assertEquals("amala@example.com", sent.emailAddress());
  }

  @Test
  void neitherJettyNorWireMocksJacksonReachesTheClasspath() {
    // The sandbox runs on the shaded WireMock: a user's Jetty (or Spring Boot's) never meets WireMock's.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.jetty.server.Server"));
    // One Jackson version: jackson-core, -annotations and -databind as the SDK's BOM says.
    assertEquals(PackageVersion.VERSION.toString(),
        com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
  }
}
