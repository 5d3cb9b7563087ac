package io.github.councilplatform.notify;

/**
 * A callback Notify sent to your service, verified and parsed by {@link NotifyCallbackVerifier}: one of
 * {@link DeliveryReceipt}, {@link ReceivedTextMessageCallback}, {@link ReturnedLetterCallback} or
 * {@link ComplaintCallback}. Switch on it with pattern matching.
 */
public sealed interface NotifyCallback
    permits DeliveryReceipt, ReceivedTextMessageCallback, ReturnedLetterCallback, ComplaintCallback {}
