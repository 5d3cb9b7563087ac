package io.github.councilplatform.pay;

import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.InboundVerifier;
import io.github.councilplatform.core.InvalidInboundMessageException;
import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.core.Signatures;
import io.github.councilplatform.pay.internal.WebhookParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Verifies and reads GOV.UK Pay webhook messages. Create one with {@link PayWebhooks#verifier(String...)};
 * it is immutable and thread-safe.
 *
 * <p>GOV.UK Pay signs each message's raw body with the webhook's signing secret: the
 * {@value PayWebhooks#SIGNATURE_HEADER} header is the lower-case hex HMAC-SHA256 of the body bytes. Give
 * {@link #verify(String, byte[])} the header, then the body <em>exactly as received</em> (never JSON you parsed
 * and re-serialised), in that order (credential first, then body) as for every {@link InboundVerifier}. It
 * checks the signature in constant time against every secret before reading anything, and only then parses
 * the message.
 *
 * <pre>{@code
 * WebhookEvent event = webhooks.verify(request::getHeader, bodyBytes);
 * WebhookEvent same = webhooks.verify(request.getHeader(PayWebhooks.SIGNATURE_HEADER), bodyBytes);
 * }</pre>
 *
 * <p>GOV.UK Pay waits only 3 seconds for your answer and retries on anything but 2xx, so answer quickly and
 * do the work afterwards: 401 for {@link SignatureVerificationException}, 400 for
 * {@link InvalidInboundMessageException}.
 */
public final class PayWebhookVerifier implements InboundVerifier<WebhookEvent> {
  private final List<String> secrets;

  PayWebhookVerifier(List<String> secrets) {
    this.secrets = secrets;
  }

  /**
   * Verifies a message's signature, read from the {@value PayWebhooks#SIGNATURE_HEADER} header, then reads it.
   *
   * @param headers the request's headers ({@code request::getHeader}); {@code null} counts as none
   * @param body the body exactly as received; {@code null} is refused like a forged message
   * @return the message
   * @throws SignatureVerificationException if the signature or body is missing, or the signature is wrong
   * @throws InvalidInboundMessageException if the message is genuine but not a webhook message this SDK reads
   */
  @Override
  public WebhookEvent verify(InboundHeaders headers, byte[] body) {
    return verify(headers == null ? null : headers.get(PayWebhooks.SIGNATURE_HEADER), body);
  }

  /**
   * Verifies a message's signature, then reads it.
   *
   * @param signature the {@value PayWebhooks#SIGNATURE_HEADER} header value, may be {@code null}
   * @param body the body exactly as received; {@code null} is refused like a forged message (there is
   *     nothing the signature could be of)
   * @return the message
   * @throws SignatureVerificationException if the signature or body is missing, or the signature is wrong
   *     (treat the message as forged and answer 401)
   * @throws InvalidInboundMessageException if the message is genuine but not a webhook message this SDK reads
   *     (answer 400, or upgrade the SDK if GOV.UK Pay changed the format)
   */
  public WebhookEvent verify(String signature, byte[] body) {
    if (signature == null || signature.isBlank()) {
      throw new SignatureVerificationException("The " + PayWebhooks.SIGNATURE_HEADER + " header is missing; this"
          + " message did not come from GOV.UK Pay. Do not act on it.");
    }
    if (body == null) {
      throw missingBody();
    }
    if (!Signatures.hmacSha256HexMatches(body, signature, secrets)) {
      throw new SignatureVerificationException("The " + PayWebhooks.SIGNATURE_HEADER + " signature does not match"
          + " the body under any configured secret. Do not act on it. If it should be genuine, check the secret is"
          + " this webhook's current one and that the body is passed exactly as received, not re-serialised.");
    }
    return WebhookParser.parse(body);
  }

  /**
   * Verifies a message whose body you have only as text. Prefer {@link #verify(String, byte[])}: the text
   * must be the body decoded as UTF-8 with nothing changed.
   *
   * @param signature the {@value PayWebhooks#SIGNATURE_HEADER} header value, may be {@code null}
   * @param body the body as received; {@code null} is refused like a forged message
   * @return the message
   * @throws SignatureVerificationException as {@link #verify(String, byte[])}
   * @throws InvalidInboundMessageException as {@link #verify(String, byte[])}
   */
  public WebhookEvent verify(String signature, String body) {
    return verify(signature, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether the signature matches the raw body under one of the secrets, without reading the body.
   * Constant-time.
   *
   * @param signature the {@value PayWebhooks#SIGNATURE_HEADER} header value, may be {@code null}
   * @param body the body exactly as received, may be {@code null} (never genuine)
   * @return {@code true} if the message is genuine
   */
  public boolean isValid(String signature, byte[] body) {
    // A missing body cannot carry a genuine signature; it is not a programming error to ask.
    return body != null && Signatures.hmacSha256HexMatches(body, signature, secrets);
  }

  private static SignatureVerificationException missingBody() {
    return new SignatureVerificationException("The webhook request has no body (null), so it cannot be verified;"
        + " do not act on it. Pass the raw request body exactly as received.");
  }

  /** Says how many secrets are configured, never what they are. */
  @Override
  public String toString() {
    return "PayWebhookVerifier{secrets=" + secrets.size() + "}";
  }
}
