package io.github.councilplatform.identity.internal;

import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import io.github.councilplatform.identity.TokenValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads the {@code logout_token} of a back-channel logout request body. */
public final class LogoutForm {
  private LogoutForm() {}

  /**
   * The body's single {@code logout_token}.
   *
   * @param body the raw form-encoded body, or {@code null}
   * @return the token
   * @throws TokenValidationException if the body is not form encoding or has no single {@code logout_token};
   *     the message never quotes the body
   */
  public static String logoutToken(byte[] body) {
    Map<String, String> form;
    try {
      form = Forms.decode(body == null ? null : new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new TokenValidationException(TokenKind.LOGOUT_TOKEN, TokenProblem.MALFORMED, "the request body is not"
          + " valid form encoding; answer HTTP 400.");
    }
    String token = form.get("logout_token");
    if (token == null || Forms.REPEATED.equals(token)) {
      throw new TokenValidationException(TokenKind.LOGOUT_TOKEN, TokenProblem.MALFORMED, "the request body has no"
          + " single logout_token parameter; answer HTTP 400.");
    }
    return token;
  }
}
