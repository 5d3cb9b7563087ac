package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request objects ({@code request=}) checked in the order of oidc-api RequestObjectAuthorizeValidator.validate
 * (L86-260), with AuthorisationHandler's answers (L305-313): bare 400s before the redirect URI is trusted,
 * redirected errors with the request object's state after.
 */
@ExtendWith(SandboxExtension.class)
class OneLoginRequestObjectTest {
  private OneLoginHarness rp;
  private Sandbox sandbox;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    rp = new OneLoginHarness(sandbox);
  }

  private JWTClaimsSet.Builder claims(Instant exp) {
    return new JWTClaimsSet.Builder().issuer(rp.clientId).audience(rp.base + "/authorize")
        .expirationTime(Date.from(exp)).claim("response_type", "code").claim("scope", "openid email")
        .claim("client_id", rp.clientId).claim("redirect_uri", rp.redirectUri).claim("state", "jar-state")
        .claim("nonce", "jar-nonce");
  }

  private HttpResponse<String> authorize(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner(rp.clientKey));
    Map<String, String> q = new LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("scope", "openid email");
    q.put("client_id", rp.clientId);
    q.put("request", jwt.serialize());
    return rp.authorize(q);
  }

  private Map<String, String> redirected(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
    HttpResponse<String> r = authorize(change.apply(claims(Instant.now().plusSeconds(300))).build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String loc = OneLoginHarness.location(r);
    assertThat(loc).startsWith(rp.redirectUri + "?");
    return OneLoginHarness.query(loc);
  }

  @Test
  void timeAndRedirectFailuresAreBare400s() throws Exception {
    HttpResponse<String> expired = authorize(claims(Instant.now().minusSeconds(31)).build());
    assertThat(expired.statusCode()).isEqualTo(400);
    assertThat(expired.body()).contains("Invalid request");
    HttpResponse<String> notYet = authorize(claims(Instant.now().plusSeconds(300))
        .notBeforeTime(Date.from(Instant.now().plusSeconds(120))).build());
    assertThat(notYet.statusCode()).isEqualTo(400);
    HttpResponse<String> elsewhere = authorize(claims(Instant.now().plusSeconds(300))
        .claim("redirect_uri", "https://evil.example.com/cb").build());
    assertThat(elsewhere.statusCode()).isEqualTo(400);
  }

  @Test
  void claimMismatchesAreRedirectedWithTheRequestObjectsState() throws Exception {
    assertThat(redirected(b -> b.audience("https://oidc.account.gov.uk/authorize")))
        .containsEntry("error", "access_denied").containsEntry("state", "jar-state");
    assertThat(redirected(b -> b.issuer("someone-else"))).containsEntry("error", "unauthorized_client");
    assertThat(redirected(b -> b.claim("client_id", null))).containsEntry("error", "unauthorized_client");
    assertThat(redirected(b -> b.claim("request_uri", "https://rp.example/r.jwt")))
        .containsEntry("error", "invalid_request").containsEntry("error_description", "Invalid request");
    assertThat(redirected(b -> b.claim("response_type", "token"))).containsEntry("error",
        "unsupported_response_type");
    assertThat(redirected(b -> b.claim("scope", "openid profile"))).containsEntry("error", "invalid_scope");
    assertThat(redirected(b -> b.claim("nonce", null))).containsEntry("error_description",
        "Request is missing nonce parameter");
    Map<String, String> noState = redirected(b -> b.claim("state", null));
    assertThat(noState).containsEntry("error_description", "Request is missing state parameter")
        .doesNotContainKey("state");
  }

  /** The caller signs on its own clock: real time or sandbox time both pass after the clock moves. */
  @Test
  void requestObjectsOnEitherClockPassAfterTheClockMoves() throws Exception {
    sandbox.advanceClock(Duration.ofDays(7));
    assertThat(OneLoginHarness.location(authorize(claims(Instant.now().plusSeconds(300)).build())))
        .contains("/sign-in?journey=");
    assertThat(OneLoginHarness.location(authorize(claims(sandbox.clock().instant().plusSeconds(300))
        .issueTime(Date.from(sandbox.clock().instant())).build()))).contains("/sign-in?journey=");
  }
}
