package io.github.councilplatform.spring.boot.internal.inbound;

import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.InvalidInboundMessageException;
import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.pay.PayWebhookVerifier;
import io.github.councilplatform.pay.PayWebhooks;
import io.github.councilplatform.pay.WebhookEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pay's webhooks: each account's verifier checks the HMAC signature in constant time; the account whose secret
 * matches owns the message, and only its verifier reads the body.
 */
public final class PayWebhookAdapter implements InboundAdapter<PayWebhookAdapter.AccountMessage> {

  /**
   * A verified message and the account it is for.
   *
   * @param account the account name
   * @param webhook the message
   */
  public record AccountMessage(String account, WebhookEvent webhook) {}

  private final Map<String, PayWebhookVerifier> accounts = new LinkedHashMap<>();

  /** @param secretsByAccount each account's webhook signing secrets (accounts without any are left out) */
  public PayWebhookAdapter(Map<String, List<String>> secretsByAccount) {
    secretsByAccount.forEach((account, secrets) -> {
      if (!secrets.isEmpty()) {
        accounts.put(account, PayWebhooks.verifier(secrets));
      }
    });
  }

  @Override
  public Accepted<AccountMessage> accept(InboundHeaders headers, byte[] body) {
    String signature = headers.get(PayWebhooks.SIGNATURE_HEADER);
    for (Map.Entry<String, PayWebhookVerifier> account : accounts.entrySet()) {
      WebhookEvent webhook;
      try {
        webhook = account.getValue().verify(signature, body);
      } catch (InvalidInboundMessageException e) {
        // Signed under this account's secret, so genuine, but not readable.
        throw InboundRejection.unreadable();
      } catch (SignatureVerificationException e) {
        continue;
      }
      return new Accepted<>(new AccountMessage(account.getKey(), webhook),
          "pay-webhook:" + account.getKey() + ':' + webhook.webhookMessageId(), false);
    }
    throw InboundRejection.unauthorized();
  }
}
