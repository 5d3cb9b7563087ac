package io.github.councilplatform.spring.boot.inbound;

import io.github.councilplatform.pay.WebhookEvent;

/** A verified GOV.UK Pay webhook message, with the account whose signing secret it matched. */
public final class PayWebhookReceivedEvent extends InboundMessageEvent {

  private static final long serialVersionUID = 1L;

  private final String account;
  private final transient WebhookEvent webhook;

  /**
   * @param source the endpoint
   * @param account the name of the account ({@code council-platform.pay.accounts.<name>}) the message is for
   * @param webhook the message
   * @param repeat whether a message with the same webhook message id was seen before
   */
  public PayWebhookReceivedEvent(Object source, String account, WebhookEvent webhook, boolean repeat) {
    super(source, repeat);
    this.account = account;
    this.webhook = webhook;
  }

  /** @return the account name, as in {@code council-platform.pay.accounts.<name>} */
  public String account() {
    return account;
  }

  /** @return the message */
  public WebhookEvent webhook() {
    return webhook;
  }

  @Override
  public String toString() {
    return "PayWebhookReceivedEvent{account=" + account + ", id=" + webhook.webhookMessageId() + ", type="
        + webhook.eventTypeValue() + ", resource=" + webhook.resourceId() + ", repeat=" + isRepeat() + '}';
  }
}
