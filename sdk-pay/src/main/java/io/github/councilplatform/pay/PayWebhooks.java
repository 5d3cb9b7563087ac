package io.github.councilplatform.pay;

import io.github.councilplatform.core.Signatures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Entry point for receiving GOV.UK Pay's webhook messages: build a {@link PayWebhookVerifier} once from the
 * webhooks' signing secrets, and sign bodies for your own tests.
 *
 * <pre>{@code
 * PayWebhookVerifier webhooks = PayWebhooks.verifier(System.getenv("PAY_WEBHOOK_SECRET"));
 * WebhookEvent event = webhooks.verify(request::getHeader, bodyBytes);
 * }</pre>
 *
 * <p>Several secrets are accepted because each GOV.UK Pay service (for example an online service and a
 * telephone MOTO service) has its own webhook and secret, and because a secret can be regenerated: keep the
 * old one until every message signed with it has been delivered (GOV.UK Pay retries for up to 3 days).
 */
public final class PayWebhooks {
  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "Pay-Signature";

  private PayWebhooks() {}

  /**
   * A verifier accepting messages signed with any of these secrets.
   *
   * @param secrets one or more signing secrets (for example {@code webhook_live_…}), from GOV.UK Pay's admin
   *     tool
   * @return the verifier
   * @throws IllegalArgumentException if no secret is given or one is null or blank
   * @throws NullPointerException if {@code secrets} is {@code null}
   */
  public static PayWebhookVerifier verifier(String... secrets) {
    return verifier(Arrays.asList(Objects.requireNonNull(secrets, "secrets")));
  }

  /**
   * A verifier accepting messages signed with any of these secrets.
   *
   * @param secrets one or more signing secrets
   * @return the verifier
   * @throws IllegalArgumentException if no secret is given or one is null or blank
   * @throws NullPointerException if {@code secrets} is {@code null}
   */
  public static PayWebhookVerifier verifier(Collection<String> secrets) {
    Objects.requireNonNull(secrets, "secrets");
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("Give at least one webhook signing secret.");
    }
    for (String s : secrets) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException("A webhook signing secret is null or blank.");
      }
    }
    return new PayWebhookVerifier(List.copyOf(secrets));
  }

  /**
   * Signs a body as GOV.UK Pay does, for your own tests of a webhook endpoint.
   *
   * @param rawBody the body bytes
   * @param secret the signing secret
   * @return the {@value #SIGNATURE_HEADER} value: lower-case hex HMAC-SHA256
   */
  public static String sign(byte[] rawBody, String secret) {
    return Signatures.hmacSha256Hex(secret, rawBody);
  }

  /**
   * Signs a body (encoded as UTF-8) as GOV.UK Pay does, for your own tests.
   *
   * @param rawBody the body text
   * @param secret the signing secret
   * @return the {@value #SIGNATURE_HEADER} value
   */
  public static String sign(String rawBody, String secret) {
    return sign(rawBody.getBytes(StandardCharsets.UTF_8), secret);
  }
}
