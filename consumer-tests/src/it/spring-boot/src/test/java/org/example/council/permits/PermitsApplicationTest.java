package org.example.council.permits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application, wired by Spring Boot, sending through the sandbox the SandboxExtension started. */
@SpringBootTest
@ExtendWith(SandboxExtension.class)
class PermitsApplicationTest {
  private static Sandbox sandbox;

  @Autowired
  PermitNotifier notifier;

  @Autowired
  NotifyClient notify;

  @BeforeAll
  static void sandboxStarted(Sandbox started) {
    sandbox = started;
  }

  /** Read when the application context starts, which is after the extension started the sandbox. */
  @DynamicPropertySource
  static void pointNotifyAtTheSandbox(DynamicPropertyRegistry registry) {
    registry.add("council.notify.base-url", () -> sandbox.baseUrl());
    registry.add("council.notify.api-key", () -> notifyInfo().get("apiKey"));
    registry.add("council.notify.permit-ready-template",
        () -> ((Map<?, ?>) notifyInfo().get("templates")).get("email"));
  }

  private static Map<?, ?> notifyInfo() {
    return (Map<?, ?>) sandbox.info().get("notify");
  }

  @Test
  void sendsThePermitEmailThroughTheSandbox() {
    UUID id = notifier.permitReady("amala@example.com", "Amala", "PERMIT-42");

    Notification sent = notify.getNotification(id);
    assertThat(sent.reference()).isEqualTo("PERMIT-42");
    assertThat(sent.emailAddress()).isEqualTo("amala@example.com");
    assertThat(sandbox.notifyClient().getNotification(id).id()).isEqualTo(id);
  }

  @Test
  void theSandboxBringsNoJettyOfItsOwn() {
    // Spring Boot manages Jetty 12; the unshaded WireMock's Jetty 11 would be forced to it and fail to start.
    assertThatThrownBy(() -> Class.forName("org.eclipse.jetty.server.Server"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
