package io.github.councilplatform.spring.boot.internal.inbound;

import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.InvalidInboundMessageException;
import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.notify.DeliveryReceipt;
import io.github.councilplatform.notify.NotifyCallbackVerifier;
import io.github.councilplatform.notify.NotifyCallbacks;
import io.github.councilplatform.notify.ReceivedTextMessageCallback;
import java.util.List;
import java.util.function.Function;

/**
 * Notify's callbacks: the SDK's verifier checks the bearer token in constant time, and only then reads the body.
 *
 * @param <T> the callback type
 */
public final class NotifyCallbackAdapter<T> implements InboundAdapter<T> {

  /** One of the verifier's typed verify methods: credential first, then body. */
  private interface Reader<T> {
    T read(NotifyCallbackVerifier verifier, String authorization, byte[] body);
  }

  private final NotifyCallbackVerifier verifier;
  private final Reader<T> reader;
  private final Function<T, String> key;

  private NotifyCallbackAdapter(List<String> tokens, Reader<T> reader, Function<T, String> key) {
    this.verifier = NotifyCallbacks.verifier(tokens);
    this.reader = reader;
    this.key = key;
  }

  /**
   * @param tokens the configured bearer tokens
   * @return the delivery receipts adapter; a receipt is a repeat when its notification and status were seen
   */
  public static NotifyCallbackAdapter<DeliveryReceipt> deliveryReceipts(List<String> tokens) {
    return new NotifyCallbackAdapter<>(tokens, NotifyCallbackVerifier::verifyDeliveryReceipt,
        r -> "notify-receipt:" + r.id() + ':' + r.status());
  }

  /**
   * @param tokens the configured bearer tokens
   * @return the received texts adapter
   */
  public static NotifyCallbackAdapter<ReceivedTextMessageCallback> receivedTexts(List<String> tokens) {
    return new NotifyCallbackAdapter<>(tokens, NotifyCallbackVerifier::verifyReceivedTextMessage,
        m -> "notify-text:" + m.id());
  }

  @Override
  public Accepted<T> accept(InboundHeaders headers, byte[] body) {
    T message;
    try {
      message = reader.read(verifier, headers.get(NotifyCallbackVerifier.AUTHORIZATION_HEADER), body);
    } catch (SignatureVerificationException e) {
      throw InboundRejection.unauthorized();
    } catch (InvalidInboundMessageException e) {
      throw InboundRejection.unreadable();
    }
    return new Accepted<>(message, key.apply(message), false);
  }
}
