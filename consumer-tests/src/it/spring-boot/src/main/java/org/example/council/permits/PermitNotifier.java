package org.example.council.permits;

import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.NotifyClient;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Tells a resident their parking permit is ready. */
@Service
public class PermitNotifier {
  private final NotifyClient notify;
  private final UUID templateId;

  PermitNotifier(NotifyClient notify, @Value("${council.notify.permit-ready-template}") UUID templateId) {
    this.notify = notify;
    this.templateId = templateId;
  }

  /** Sends the permit-ready email and returns Notify's id for it. */
  public UUID permitReady(String emailAddress, String name, String permitNumber) {
    return notify.sendEmail(EmailRequest.builder().templateId(templateId).emailAddress(emailAddress)
        .personalisation(Map.of("name", name)).reference(permitNumber).build()).id();
  }
}
