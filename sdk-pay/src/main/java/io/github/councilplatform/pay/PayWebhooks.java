package io.github.councilplatform.pay;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.core.Signatures;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.pay.internal.WebhookBody;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Verifies and reads GOV.UK Pay webhook messages. Immutable and thread-safe.
 *
 * <p>GOV.UK Pay signs each message's raw body with the webhook's signing secret: the {@value #SIGNATURE_HEADER}
 * header is the lower-case hex HMAC-SHA256 of the body bytes. Give {@link #verify(byte[], String)} the body
 * <em>exactly as received</em> (never JSON you parsed and re-serialised); it checks the signature in constant
 * time against every secret before reading anything, and only then parses the message.
 *
 * <p>Several secrets are accepted because each GOV.UK Pay service (for example an online service and a
 * telephone MOTO service) has its own webhook and secret, and because a secret can be regenerated: keep the
 * old one until every message signed with it has been delivered (GOV.UK Pay retries for up to 3 days).
 *
 * <p>GOV.UK Pay waits only 3 seconds for your answer and retries on anything but 2xx, so answer quickly and
 * do the work afterwards.
 *
 * <pre>{@code
 * PayWebhooks webhooks = PayWebhooks.withSecrets(System.getenv("PAY_WEBHOOK_SECRET"));
 * WebhookEvent event = webhooks.verify(rawBody, request.getHeader(PayWebhooks.SIGNATURE_HEADER));
 * }</pre>
 */
public final class PayWebhooks {
  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "Pay-Signature";

  private final List<String> secrets;

  private PayWebhooks(List<String> secrets) {
    this.secrets = secrets;
  }

  /**
   * A verifier accepting messages signed with any of these secrets.
   *
   * @param secrets one or more signing secrets (for example {@code webhook_live_…}), from GOV.UK Pay's admin
   *     tool
   * @return the verifier
   * @throws IllegalArgumentException if no secret is given or one is blank
   */
  public static PayWebhooks withSecrets(String... secrets) {
    return withSecrets(Arrays.asList(Objects.requireNonNull(secrets, "secrets")));
  }

  /**
   * A verifier accepting messages signed with any of these secrets.
   *
   * @param secrets one or more signing secrets
   * @return the verifier
   * @throws IllegalArgumentException if no secret is given or one is blank
   */
  public static PayWebhooks withSecrets(Collection<String> secrets) {
    Objects.requireNonNull(secrets, "secrets");
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("Give at least one webhook signing secret.");
    }
    for (String s : secrets) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException("A webhook signing secret is null or blank.");
      }
    }
    return new PayWebhooks(List.copyOf(secrets));
  }

  /**
   * Whether the signature matches the raw body under one of the secrets. Constant-time.
   *
   * @param rawBody the body exactly as received, may be {@code null} (never genuine)
   * @param signature the {@value #SIGNATURE_HEADER} header value, may be {@code null}
   * @return {@code true} if the message is genuine
   */
  public boolean isValid(byte[] rawBody, String signature) {
    // A missing body cannot carry a genuine signature; it is not a programming error to ask.
    return rawBody != null && Signatures.hmacSha256HexMatches(rawBody, signature, secrets);
  }

  /**
   * Verifies a message's signature, then reads it.
   *
   * @param rawBody the body exactly as received; {@code null} is refused like a forged message
   * @param signature the {@value #SIGNATURE_HEADER} header value, may be {@code null}
   * @return the message
   * @throws SignatureVerificationException if the body or signature is missing, or the signature is wrong
   *     (treat the message as forged and answer 401 or 403), or the genuine body is not a webhook message
   */
  public WebhookEvent verify(byte[] rawBody, String signature) {
    if (rawBody == null) {
      throw missingBody();
    }
    if (signature == null || signature.isBlank()) {
      throw new SignatureVerificationException("The " + SIGNATURE_HEADER + " header is missing; this message did not"
          + " come from GOV.UK Pay. Do not act on it.");
    }
    if (!isValid(rawBody, signature)) {
      throw new SignatureVerificationException("The " + SIGNATURE_HEADER + " signature does not match the body under"
          + " any configured secret. Do not act on it. If it should be genuine, check the secret is this webhook's"
          + " current one and that the body is passed exactly as received, not re-serialised.");
    }
    return parse(rawBody);
  }

  /**
   * Verifies a message whose body you have only as text. Prefer {@link #verify(byte[], String)}: the text
   * must be the body decoded as UTF-8 with nothing changed.
   *
   * @param rawBody the body as received
   * @param signature the {@value #SIGNATURE_HEADER} header value
   * @return the message
   * @throws SignatureVerificationException as {@link #verify(byte[], String)}
   */
  public WebhookEvent verify(String rawBody, String signature) {
    if (rawBody == null) {
      throw missingBody();
    }
    return verify(rawBody.getBytes(StandardCharsets.UTF_8), signature);
  }

  private static SignatureVerificationException missingBody() {
    return new SignatureVerificationException("The webhook request has no body (null), so it cannot be verified;"
        + " do not act on it. Pass the raw request body exactly as received.");
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

  private static WebhookEvent parse(byte[] rawBody) {
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
      throw new SignatureVerificationException("The webhook message is correctly signed but is not a GOV.UK Pay"
          + " webhook message this SDK can read (" + e.getClass().getSimpleName() + "). Answer with a 2xx only if you"
          + " can handle it some other way; upgrade the SDK if GOV.UK Pay changed the format.");
    }
    return new WebhookEvent(body.webhookMessageId(), body.createdDate(), body.resourceId(), body.apiVersion(),
        body.resourceType(), WebhookEventType.fromWireValue(body.eventType()), body.eventType(), payment);
  }

  /** Says how many secrets are configured, never what they are. */
  @Override
  public String toString() {
    return "PayWebhooks{secrets=" + secrets.size() + "}";
  }
}
