package io.github.councilplatform.pay;

import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.Authenticator;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.TransportSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * MOTO API payments' card step ({@code POST /v1/auth}), on a transport of its own. Behind {@link PayClient}.
 */
final class MotoOperations {
  private final HttpTransport transport;

  private MotoOperations(HttpTransport transport) {
    this.transport = transport;
  }

  /**
   * {@code /v1/auth} takes no API key (the one-time token is the credential) and needs a read timeout of at
   * least {@link PayClient#MOTO_MIN_READ_TIMEOUT}, or a card could be charged after the caller was told it
   * failed. It shares the main transport's connection pool.
   */
  static MotoOperations sharingPoolWith(TransportSettings s, HttpTransport main) {
    Duration read = max(s.readTimeout(), PayClient.MOTO_MIN_READ_TIMEOUT);
    Duration call = max(s.callTimeout(), read.plus(s.connectTimeout()).plus(s.writeTimeout()));
    return new MotoOperations(HttpTransport.create(s.withTimeouts(s.connectTimeout(), read, s.writeTimeout(), call)
        .withAuthenticator(Authenticator.none())
        .withHttpClient(main.okHttp())));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  MotoAuthorisationResult authorise(MotoCardDetails card) {
    Objects.requireNonNull(card, "card");
    try {
      transport.execute(ApiRequest.post("/v1/auth").operation("authoriseMotoPayment").jsonBody(card).authenticated(false).build());
      return MotoAuthorisationResult.AUTHORISED;
    } catch (ApiException e) {
      if (e.statusCode() == 402) {
        return MotoAuthorisationResult.DECLINED;
      }
      throw e;
    }
  }

  TransportSettings settings() {
    return transport.settings();
  }

  void close() {
    transport.close();
  }
}
