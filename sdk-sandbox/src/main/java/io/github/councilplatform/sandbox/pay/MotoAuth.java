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
    String token = field(body, "one_time_token", 1, Integer.MAX_VALUE);
    String number = field(body, "card_number", 12, 19);
    String cvc = field(body, "cvc", 3, 4);
    String expiry = field(body, "expiry_date", 5, 5);
    String name = field(body, "cardholder_name", 1, 255);
    if (!expiry.matches("(0[1-9]|1[0-2])/\\d{2}")) {
      throw PayError.field(422, "expiry_date", "P0102",
          "Invalid attribute value: expiry_date. Must be a valid date with the format MM/YY");
    }
    if (!cvc.matches("\\d{3,4}")) {
      throw PayError.field(422, "cvc", "P0102", "Invalid attribute value: cvc. Must contain only digits");
    }
    Payment p = engine.byOneTimeToken(token);
    if (p == null) {
      throw PayError.of(400, "P1211", "The one_time_token is not a valid moto api token");
    }
    synchronized (p.account) {
      if (p.oneTimeTokenUsed || !"created".equals(p.status)) {
        throw PayError.of(400, "P1212", "The one_time_token has already been used");
      }
      // Pay's card-number check runs before the token is spent, so a typo can be corrected.
      if (!number.matches("\\d+") || !(TestCards.known(number) || TestCards.luhn(number))) {
        throw PayError.of(402, "P0010", "The card_number is not a valid card number");
      }
      p.oneTimeTokenUsed = true;
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

  private static String field(JsonNode body, String name, int min, int max) {
    JsonNode n = body.get(name);
    if (n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank())) {
      throw PayError.field(422, name, "P0101", "Missing mandatory attribute: " + name);
    }
    if (!n.isTextual() || n.textValue().length() < min || n.textValue().length() > max) {
      throw PayError.field(422, name, "P0102", "Invalid attribute value: " + name + ". Must be a valid "
          + name.replace('_', ' ') + (min == max ? " of " + min + " characters" : " of " + min + " to " + max
          + " characters"));
    }
    return n.textValue();
  }
}
