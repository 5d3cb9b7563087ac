package io.github.councilplatform.identity;

import io.github.councilplatform.core.SignatureVerificationException;

/**
 * A token from One Login failed one of the checks a relying party must make. Treat the sign-in or logout
 * request as forged or broken: do not sign the user in and do not act on the request. The message says which
 * check failed; {@link #kind()} and {@link #problem()} say the same for code. No token content that could
 * identify a person is included.
 */
public class TokenValidationException extends SignatureVerificationException {
  private static final long serialVersionUID = 1L;

  private final TokenKind kind;
  private final TokenProblem problem;

  /**
   * Creates the exception.
   *
   * @param kind which token failed
   * @param problem which check failed
   * @param message why, and what to do next
   */
  public TokenValidationException(TokenKind kind, TokenProblem problem, String message) {
    this(kind, problem, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param kind which token failed
   * @param problem which check failed
   * @param message why, and what to do next
   * @param cause the underlying failure, or {@code null}
   */
  public TokenValidationException(TokenKind kind, TokenProblem problem, String message, Throwable cause) {
    super(kind + " rejected (" + problem + "): " + message, cause);
    this.kind = kind;
    this.problem = problem;
  }

  /** Which token failed verification. */
  public TokenKind kind() {
    return kind;
  }

  /** Which check failed. */
  public TokenProblem problem() {
    return problem;
  }
}
