package io.github.councilplatform.spring.boot.internal.inbound;

import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.identity.BackChannelLogoutVerifier;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.ReplayStoreFullException;
import io.github.councilplatform.identity.TokenProblem;
import io.github.councilplatform.identity.TokenValidationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * One Login's back-channel logout: the {@code OneLoginClient} verifies the logout token (its signature first).
 * A token whose signature, issuer or audience is wrong is a bad credential (401); a genuine token that is not a
 * valid logout token is unreadable (400). The client refuses a second use of a token's {@code jti}; when the
 * starter has seen exactly the same body verified before, that is a redelivery, accepted and flagged as a repeat.
 */
public final class OneLoginLogoutAdapter implements InboundAdapter<String> {

  private static final Set<TokenProblem> BAD_CREDENTIAL = EnumSet.of(TokenProblem.MALFORMED,
      TokenProblem.ALGORITHM, TokenProblem.UNKNOWN_KEY, TokenProblem.CONTROLLER, TokenProblem.SIGNATURE,
      TokenProblem.ISSUER, TokenProblem.AUDIENCE, TokenProblem.AUTHORIZED_PARTY, TokenProblem.EXPIRED,
      TokenProblem.NOT_YET_VALID);

  private final BackChannelLogoutVerifier verifier;

  /** @param oneLogin the client whose verification is used */
  public OneLoginLogoutAdapter(OneLoginApi oneLogin) {
    this.verifier = oneLogin.backChannelLogoutVerifier();
  }

  @Override
  public boolean sdkRefusesReplays() {
    return true;
  }

  @Override
  public Accepted<String> accept(InboundHeaders headers, byte[] body) {
    String form = new String(body, StandardCharsets.UTF_8);
    String key = "one-login-logout:" + sha256(body);
    try {
      return new Accepted<>(verifier.verify(headers, body).subject(), key, false);
    } catch (ReplayStoreFullException e) {
      throw new InboundRejection(503, "Too many logout tokens are live; try again later.");
    } catch (TokenValidationException e) {
      if (e.problem() == TokenProblem.REPLAYED) {
        // Every other check has passed (the jti is checked last), so the token's claims can be read.
        String subject = verifiedSubject(form);
        if (subject != null) {
          return new Accepted<>(subject, key, true);
        }
        throw InboundRejection.unreadable();
      }
      if (BAD_CREDENTIAL.contains(e.problem())) {
        throw InboundRejection.unauthorized();
      }
      throw InboundRejection.unreadable();
    }
  }

  private static String verifiedSubject(String form) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && "logout_token".equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
        try {
          return SignedJWT.parse(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8))
              .getJWTClaimsSet().getSubject();
        } catch (ParseException | IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
