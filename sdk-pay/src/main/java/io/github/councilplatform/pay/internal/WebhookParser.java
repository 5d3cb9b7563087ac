package io.github.councilplatform.pay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.core.InvalidInboundMessageException;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.WebhookEvent;
import io.github.councilplatform.pay.WebhookEventType;

/** Reads a webhook body that has already passed its signature check. */
public final class WebhookParser {
  private WebhookParser() {}

  /**
   * Reads a verified webhook body.
   *
   * @param rawBody the body, whose signature has been verified
   * @return the message
   * @throws InvalidInboundMessageException if it is not a webhook message this SDK can read
   */
  public static WebhookEvent parse(byte[] rawBody) {
    WebhookBody body;
    Payment payment = null;
    try {
      JsonNode tree = Json.mapper().readTree(rawBody);
      if (tree == null || !tree.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      body = Json.mapper().treeToValue(tree, WebhookBody.class);
      if (body.webhookMessageId() == null || body.webhookMessageId().isBlank()) {
        throw new IllegalArgumentException("no webhook_message_id");
      }
      boolean isPayment = "payment".equalsIgnoreCase(body.resourceType());
      if (isPayment && body.resource() != null && body.resource().isObject()) {
        payment = Json.mapper().treeToValue(body.resource(), Payment.class);
      }
    } catch (Exception e) {
      // The cause is not chained: parser messages can quote the body, which may hold personal data.
      throw new InvalidInboundMessageException("The webhook message is correctly signed but is not a GOV.UK Pay"
          + " webhook message this SDK can read (" + e.getClass().getSimpleName() + "). Answer with HTTP 400, or"
          + " with a 2xx only if you can handle it some other way; upgrade the SDK if GOV.UK Pay changed the format.");
    }
    return new WebhookEvent(body.webhookMessageId(), body.createdDate(), body.resourceId(), body.apiVersion(),
        body.resourceType(), WebhookEventType.fromWireValue(body.eventType()), body.eventType(), payment);
  }
}
