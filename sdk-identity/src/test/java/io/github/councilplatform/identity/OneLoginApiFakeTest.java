package io.github.councilplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Council code depends on OneLoginApi; a fake needs only public types, and the defaults delegate correctly. */
class OneLoginApiFakeTest {

  /** A fake that records how sign-ins were started; everything else is unused here. */
  static final class RecordingFake implements OneLoginApi {
    final List<SignInOptions> started = new ArrayList<>();
    boolean closed;

    @Override
    public SignInStart startSignIn(SignInOptions options) {
      started.add(options);
      return null;
    }

    @Override
    public SignInResult finishSignIn(URI callbackUri, SignInSession session) {
      throw new UnsupportedOperationException();
    }

    @Override
    public URI endSessionUri(String idTokenHint, String state) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BackChannelLogoutVerifier backChannelLogoutVerifier() {
      // A fake needs only the token check; reading the form comes with the interface.
      return token -> new BackChannelLogout("fake-subject-for-" + token);
    }

    @Override
    public String publicJwks() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void startingWithoutOptionsAsksForTheDefaults() {
    RecordingFake fake = new RecordingFake();

    fake.startSignIn();

    assertThat(fake.started).containsExactly(SignInOptions.defaults());
  }

  @Test
  void aFakesLogoutVerifierReadsTheFormLikeTheRealOne() {
    BackChannelLogoutVerifier logouts = new RecordingFake().backChannelLogoutVerifier();

    assertThat(logouts.verify(name -> null, "logout_token=abc".getBytes(StandardCharsets.UTF_8)).subject())
        .isEqualTo("fake-subject-for-abc");
    assertThatThrownBy(() -> logouts.verify(null, "other=1".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(TokenValidationException.class,
            e -> assertThat(e.problem()).isEqualTo(TokenProblem.MALFORMED));
  }

  @Test
  void aFakeClosesInTryWithResourcesWithoutACheckedException() {
    RecordingFake fake = new RecordingFake();
    try (OneLoginApi oneLogin = fake) {
      oneLogin.startSignIn();
    }
    assertThat(fake.closed).isTrue();
  }
}
