package org.example.council;

import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.NotifyClient;
import java.util.Map;
import java.util.UUID;

/** The council's own code: tells a resident their parking permit is ready. */
public final class PermitNotifier {
  private final NotifyClient notify;
  private final UUID templateId;

  /**
   * @param notify the Notify client, created once for the application
   * @param templateId the permit-ready email template
   */
  public PermitNotifier(NotifyClient notify, UUID templateId) {
    this.notify = notify;
    this.templateId = templateId;
  }

  /**
   * Sends the permit-ready email.
   *
   * @return the Notify notification id
   */
  public UUID permitReady(String emailAddress, String name, String permitNumber) {
    return notify.sendEmail(EmailRequest.builder().templateId(templateId).emailAddress(emailAddress)
        .personalisation(Map.of("name", name)).reference(permitNumber).build()).id();
  }
}
