package io.github.councilplatform.spring.boot.internal.inbound;

import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.pay.PayWebhooks;
import io.github.councilplatform.pay.WebhookEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pay's webhooks: the HMAC signature is checked against each account's secrets in constant time; the account
 * whose secret matches owns the message, and only then is the body read.
 */
public final class PayWebhookAdapter implements InboundAdapter<PayWebhookAdapter.AccountMessage> {

  /**
   * A verified message and the account it is for.
   *
   * @param account the account name
   * @param webhook the message
   */
  public record AccountMessage(String account, WebhookEvent webhook) {}

  private final Map<String, PayWebhooks> accounts = new LinkedHashMap<>();

  /** @param secretsByAccount each account's webhook signing secrets (accounts without any are left out) */
  public PayWebhookAdapter(Map<String, List<String>> secretsByAccount) {
    secretsByAccount.forEach((account, secrets) -> {
      if (!secrets.isEmpty()) {
        accounts.put(account, PayWebhooks.withSecrets(secrets));
      }
    });
  }

  @Override
  public Accepted<AccountMessage> accept(Function<String, String> header, byte[] body) {
    String signature = header.apply(PayWebhooks.SIGNATURE_HEADER);
    for (Map.Entry<String, PayWebhooks> account : accounts.entrySet()) {
      if (account.getValue().isValid(body, signature)) {
        WebhookEvent webhook;
        try {
          webhook = account.getValue().verify(body, signature);
        } catch (SignatureVerificationException e) {
          // The signature matched just above, so what failed is reading the genuine body.
          throw InboundRejection.unreadable();
        }
        return new Accepted<>(new AccountMessage(account.getKey(), webhook),
            "pay-webhook:" + account.getKey() + ':' + webhook.webhookMessageId(), false);
      }
    }
    throw InboundRejection.unauthorized();
  }
}
