package io.github.councilplatform.sandbox.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;

/**
 * {@code POST /v1/auth}: card details for a {@code moto_api} payment, sent by the service with the payment's
 * one-time token instead of an API key. Field errors are 422 (P0101 missing, P0102 invalid); a bad token is
 * 400 P1211, a spent one 400 P1212; declined is 402 P0010, a provider error 500 P0050; authorised is 204.
 */
final class MotoAuth {
  private final PayEngine engine;

  MotoAuth(PayEngine engine) {
    this.engine = engine;
  }

  ResponseDefinition handle(Request request) {
    JsonNode body = PayApi.parseBody(request, "P0197");
    // 1. publicapi's bean validation of AuthorisationRequest (model/AuthorisationRequest.java:14-32), 422.
    String token = field(body, "one_time_token", true, 0, Integer.MAX_VALUE, null);
    String number = field(body, "card_number", false, 12, 19, "Must be between 12 and 19 characters long");
    String cvc = field(body, "cvc", false, 3, 4, "Must be between 3 and 4 characters long");
    String expiry = field(body, "expiry_date", false, 5, 5, "Must be a valid date with the format MM/YY");
    String name = field(body, "cardholder_name", true, 0, 255, "Must be less than or equal to 255 characters long");
    // 2. connector's MotoApiAuthoriseRequest.validate() (L75-90), 422 P0102 without a field.
    if (!number.matches("[0-9]{12,19}")) {
      throw PayError.of(422, "P0102", "Invalid attribute value: card_number. Must be a valid card number");
    }
    if (!cvc.matches("[0-9]{3,4}")) {
      throw PayError.of(422, "P0102", "Invalid attribute value: cvc. Must contain numbers only");
    }
    if (!expiry.matches("(0[1-9]|1[0-2])/([0-9]{2})")) {
      throw PayError.of(422, "P0102", "Invalid attribute value: expiry_date. Must be a valid date with the format MM/YY");
    }
    if (!engine.motoExpiryInTheFuture(expiry)) {
      throw PayError.of(422, "P0102", "Invalid attribute value: expiry_date. Must be a valid date in the future");
    }
    // 3. connector TokenService.validateAndMarkTokenAsUsedForMotoApi (L24-40): the token is spent here, in its
    // own transaction, before the card number is checked (CardResource.java:379-385).
    Payment p = engine.byOneTimeToken(token);
    if (p == null) {
      throw PayError.of(400, "P1211", "The one_time_token is not valid");
    }
    synchronized (p.account) {
      if (p.oneTimeTokenUsed || !"created".equals(p.status)) {
        throw PayError.of(400, "P1212", "The one_time_token has already been used");
      }
      p.oneTimeTokenUsed = true;
    }
    // 4. MotoApiCardNumberValidationService.java:46-57: an unknown card number is rejected, 402.
    if (!(TestCards.known(number) || TestCards.luhn(number))) {
      throw PayError.of(402, "P0010", "The card_number is not a valid card number");
    }
    Card card = new Card(number, TestCards.brand(number), TestCards.type(number), expiry, name, null);
    return switch (engine.authorise(p, card)) {
      case AUTHORISED -> {
        engine.confirm(p);
        yield Responses.empty(204);
      }
      case DECLINED -> throw PayError.of(402, "P0010", "The payment was rejected");
      case ERROR -> throw PayError.of(500, "P0050", "There was an error authorising the payment");
    };
  }

  /**
   * A string field as Jackson and bean validation see it: numbers and booleans are read as their text; missing
   * (null, or blank for a {@code @NotBlank} field) is P0101; a length outside the {@code @Size} is P0102 with
   * the annotation's message.
   */
  private static String field(JsonNode body, String name, boolean notBlank, int min, int max, String sizeMessage) {
    JsonNode n = body.get(name);
    String v = n == null || n.isNull() ? null : n.isValueNode() ? n.asText() : null;
    if (v == null && n != null && !n.isNull()) {
      throw PayError.field(422, name, "P0102", "Invalid attribute value: " + name + ". " + sizeMessage);
    }
    if (v == null || (notBlank && v.isBlank())) {
      throw PayError.field(422, name, "P0101", "Missing mandatory attribute: " + name);
    }
    if (v.length() < min || v.length() > max) {
      throw PayError.field(422, name, "P0102", "Invalid attribute value: " + name + ". " + sizeMessage);
    }
    return v;
  }
}
