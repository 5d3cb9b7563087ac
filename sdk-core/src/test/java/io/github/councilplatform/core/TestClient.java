package io.github.councilplatform.core;

import io.github.councilplatform.core.internal.Authenticator;
import io.github.councilplatform.core.internal.ClientBuilders;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.PlatformRules;

/** A minimal platform client builder, as a platform module would write one. */
final class TestClient {
  static final class Builder extends PlatformClientBuilder<Builder> {
    private PlatformRules rules = PlatformRules.named("Test Platform");
    private Authenticator auth = Authenticator.bearer("s3cr3t-api-key-value");

    Builder rules(PlatformRules rules) {
      this.rules = rules;
      return this;
    }

    Builder authenticator(Authenticator auth) {
      this.auth = auth;
      return this;
    }

    HttpTransport build() {
      return HttpTransport.create(
          ClientBuilders.transportSettings(this, "test", "https://example.invalid", rules, auth));
    }
  }

  static Builder builder() {
    return new Builder();
  }
}
