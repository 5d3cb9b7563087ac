package io.github.councilplatform.notify;

import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.InboundVerifier;
import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.core.Signatures;
import io.github.councilplatform.notify.internal.CallbackParser;
import java.util.List;

/**
 * Verifies and parses the callbacks Notify POSTs to your service. Create one with
 * {@link NotifyCallbacks#verifier(String...)}; it is immutable and thread-safe.
 *
 * <p>Every method first checks the request's {@value #AUTHORIZATION_HEADER} header is {@code Bearer <token>}
 * for one of the configured tokens, in constant time, and only then reads the body. Pass the header and the
 * raw body bytes exactly as received, in that order (credential first, then body), as for every
 * {@link InboundVerifier}:
 *
 * <pre>{@code
 * NotifyCallback callback = callbacks.verify(request::getHeader, bodyBytes);
 * DeliveryReceipt receipt = callbacks.verifyDeliveryReceipt(request.getHeader("Authorization"), bodyBytes);
 * }</pre>
 *
 * <p>How to answer Notify: 2xx once you have stored the callback; 401 for
 * {@link SignatureVerificationException}; 400 for {@link InvalidCallbackException} (an
 * {@link io.github.councilplatform.core.InvalidInboundMessageException}). Notify retries (up to 5 times,
 * 5 minutes apart) only after a connection error, a 5xx or a 429, so answer 5xx only for a failure of your own
 * that a retry could fix.
 */
public final class NotifyCallbackVerifier implements InboundVerifier<NotifyCallback> {
  /** The header carrying Notify's bearer token. */
  public static final String AUTHORIZATION_HEADER = "Authorization";

  private final List<String> tokens;

  NotifyCallbackVerifier(List<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * Verifies and parses a callback of any kind, recognised by its fields, reading the
   * {@value #AUTHORIZATION_HEADER} header.
   *
   * @param headers the request's headers ({@code request::getHeader}); {@code null} counts as none
   * @param body the raw body; {@code null} counts as empty
   * @return the callback
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a known Notify callback
   */
  @Override
  public NotifyCallback verify(InboundHeaders headers, byte[] body) {
    return verify(headers == null ? null : headers.get(AUTHORIZATION_HEADER), body);
  }

  /**
   * Verifies and parses a callback of any kind, recognised by its fields.
   *
   * @param authorizationHeader the request's {@value #AUTHORIZATION_HEADER} header, may be {@code null}
   * @param body the raw body; {@code null} counts as empty
   * @return the callback
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a known Notify callback
   */
  public NotifyCallback verify(String authorizationHeader, byte[] body) {
    checkToken(authorizationHeader);
    return CallbackParser.any(body);
  }

  /**
   * Verifies and parses a delivery receipt (the "delivery receipts" callback URL).
   *
   * @param authorizationHeader the request's {@value #AUTHORIZATION_HEADER} header, may be {@code null}
   * @param body the raw body; {@code null} counts as empty
   * @return the receipt
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a delivery receipt
   */
  public DeliveryReceipt verifyDeliveryReceipt(String authorizationHeader, byte[] body) {
    checkToken(authorizationHeader);
    return CallbackParser.deliveryReceipt(body);
  }

  /**
   * Verifies and parses a received text message (the "received text messages" callback URL).
   *
   * @param authorizationHeader the request's {@value #AUTHORIZATION_HEADER} header, may be {@code null}
   * @param body the raw body; {@code null} counts as empty
   * @return the message
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a received text message
   */
  public ReceivedTextMessageCallback verifyReceivedTextMessage(String authorizationHeader, byte[] body) {
    checkToken(authorizationHeader);
    return CallbackParser.receivedTextMessage(body);
  }

  /**
   * Verifies and parses a returned-letter callback.
   *
   * @param authorizationHeader the request's {@value #AUTHORIZATION_HEADER} header, may be {@code null}
   * @param body the raw body; {@code null} counts as empty
   * @return the returned letter
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a returned-letter callback
   */
  public ReturnedLetterCallback verifyReturnedLetter(String authorizationHeader, byte[] body) {
    checkToken(authorizationHeader);
    return CallbackParser.returnedLetter(body);
  }

  /**
   * Verifies and parses a complaint callback (sent to the delivery receipts URL).
   *
   * @param authorizationHeader the request's {@value #AUTHORIZATION_HEADER} header, may be {@code null}
   * @param body the raw body; {@code null} counts as empty
   * @return the complaint
   * @throws SignatureVerificationException if the token is missing or wrong (the body is not read)
   * @throws InvalidCallbackException if the body is not a complaint
   */
  public ComplaintCallback verifyComplaint(String authorizationHeader, byte[] body) {
    checkToken(authorizationHeader);
    return CallbackParser.complaint(body);
  }

  private void checkToken(String authorizationHeader) {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      throw new SignatureVerificationException("The Notify callback has no Authorization header; reject it (HTTP"
          + " 401).");
    }
    if (!Signatures.bearerTokenMatches(authorizationHeader, tokens)) {
      throw new SignatureVerificationException("The Notify callback's bearer token matches none of the configured"
          + " tokens; reject it (HTTP 401). If you just changed the token in Notify, configure both old and new.");
    }
  }

  /** Describes the verifier without its tokens. */
  @Override
  public String toString() {
    return "NotifyCallbackVerifier{tokens=" + tokens.size() + '}';
  }
}
