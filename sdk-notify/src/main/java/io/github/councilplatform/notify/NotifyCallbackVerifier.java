package io.github.councilplatform.notify;

import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.core.Signatures;
import io.github.councilplatform.notify.internal.CallbackParser;
import java.util.List;

/**
 * Verifies and parses the callbacks Notify POSTs to your service. Create one with
 * {@link NotifyCallbacks#verifier(List)}; it is immutable and thread-safe.
 *
 * <p>Every method first checks the request's {@code Authorization} header is {@code Bearer <token>} for one
 * of the configured tokens, in constant time, and only then reads the body. Pass the header and the raw
 * body bytes exactly as received.
 *
 * <p>How to answer Notify: 2xx once you have stored the callback; 401 for
 * {@link SignatureVerificationException}; 400 for {@link InvalidCallbackException}. Notify retries (up to 5
 * times, 5 minutes apart) only after a connection error, a 5xx or a 429, so answer 5xx only for a failure
 * of your own that a retry could fix.
 */
public final class NotifyCallbackVerifier {
  private final List<String> tokens;

  NotifyCallbackVerifier(List<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * Checks the bearer token only.
   *
   * @param authorizationHeader the request's {@code Authorization} header, may be {@code null}
   * @throws SignatureVerificationException if it is missing or carries none of the tokens
   */
  public void verify(String authorizationHeader) {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      throw new SignatureVerificationException("The Notify callback has no Authorization header; reject it (HTTP"
          + " 401).");
    }
    if (!Signatures.bearerTokenMatches(authorizationHeader, tokens)) {
      throw new SignatureVerificationException("The Notify callback's bearer token matches none of the configured"
          + " tokens; reject it (HTTP 401). If you just changed the token in Notify, configure both old and new.");
    }
  }

  /**
   * Verifies and parses a callback of any kind, recognised by its fields.
   *
   * @param authorizationHeader the request's {@code Authorization} header
   * @param body the raw body
   * @return the callback
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a known Notify callback
   */
  public NotifyCallback parse(String authorizationHeader, byte[] body) {
    verify(authorizationHeader);
    return CallbackParser.any(body);
  }

  /**
   * Verifies and parses a delivery receipt (the "delivery receipts" callback URL).
   *
   * @param authorizationHeader the request's {@code Authorization} header
   * @param body the raw body
   * @return the receipt
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a delivery receipt
   */
  public DeliveryReceipt parseDeliveryReceipt(String authorizationHeader, byte[] body) {
    verify(authorizationHeader);
    return CallbackParser.deliveryReceipt(body);
  }

  /**
   * Verifies and parses a received text message (the "received text messages" callback URL).
   *
   * @param authorizationHeader the request's {@code Authorization} header
   * @param body the raw body
   * @return the message
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a received text message
   */
  public ReceivedTextMessageCallback parseReceivedTextMessage(String authorizationHeader, byte[] body) {
    verify(authorizationHeader);
    return CallbackParser.receivedTextMessage(body);
  }

  /**
   * Verifies and parses a returned-letter callback.
   *
   * @param authorizationHeader the request's {@code Authorization} header
   * @param body the raw body
   * @return the returned letter
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a returned-letter callback
   */
  public ReturnedLetterCallback parseReturnedLetter(String authorizationHeader, byte[] body) {
    verify(authorizationHeader);
    return CallbackParser.returnedLetter(body);
  }

  /**
   * Verifies and parses a complaint callback (sent to the delivery receipts URL).
   *
   * @param authorizationHeader the request's {@code Authorization} header
   * @param body the raw body
   * @return the complaint
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a complaint
   */
  public ComplaintCallback parseComplaint(String authorizationHeader, byte[] body) {
    verify(authorizationHeader);
    return CallbackParser.complaint(body);
  }

  /** Describes the verifier without its tokens. */
  @Override
  public String toString() {
    return "NotifyCallbackVerifier{tokens=" + tokens.size() + '}';
  }
}
