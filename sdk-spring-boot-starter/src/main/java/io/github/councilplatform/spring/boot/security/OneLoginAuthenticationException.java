package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.core.CouncilPlatformException;
import org.springframework.security.core.AuthenticationException;

/**
 * A One Login sign-in that did not end in a verified resident: the callback's state did not match, the resident
 * cancelled, or a token or credential failed verification. {@link #getCause()} is the SDK's typed exception
 * ({@code StateMismatchException}, {@code AuthorizationErrorException}, {@code TokenValidationException}...), so a
 * failure handler can tell them apart.
 */
public final class OneLoginAuthenticationException extends AuthenticationException {

  private static final long serialVersionUID = 1L;

  OneLoginAuthenticationException(String message) {
    super(message);
  }

  OneLoginAuthenticationException(CouncilPlatformException cause) {
    super("One Login sign-in failed: " + cause.getMessage(), cause);
  }
}
