package io.github.councilplatform.core;

import static io.github.councilplatform.core.FaultPeer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.FaultPeer.ResetAfterBody;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Issue 19 item 8: a caller's own listener and interceptors on a shared client keep working beside the SDK's. */
class SharedOkHttpClientTest {
  private final FakeTime time = new FakeTime();

  @Test
  void callersEventListenerAndInterceptorsSeeEveryAttemptAndTheSdkStillKnowsWhatWasWritten() throws IOException {
    List<String> events = new CopyOnWriteArrayList<>();
    OkHttpClient shared = new OkHttpClient.Builder()
        .eventListener(new EventListener() {
          @Override
          public void callStart(Call call) {
            events.add("callStart " + call.request().url().encodedPath());
          }

          @Override
          public void responseHeadersEnd(Call call, Response response) {
            events.add("responseHeadersEnd " + response.code());
          }
        })
        .addInterceptor(chain -> {
          events.add("interceptor");
          return chain.proceed(chain.request().newBuilder().header("X-Trace", "t-1").build());
        })
        .addNetworkInterceptor(chain -> {
          events.add("networkInterceptor");
          return chain.proceed(chain.request());
        })
        .build();
    try (FaultPeer peer = new FaultPeer(answer(200, "{}"), new ResetAfterBody())) {
      HttpTransport t = TestClient.builder().baseUrl(peer.baseUrl()).clock(time).sleeper(time).httpClient(shared)
          .circuitBreaker(CircuitBreakerOptions.disabled()).build();

      t.execute(ApiRequest.get("/v1/thing").build());
      // The SDK's own probe still sees the write: a reset keyless create is outcome unknown, not retried.
      assertThatThrownBy(() -> t.execute(ApiRequest.post("/v1/send").jsonBody(Map.of()).build()))
          .isInstanceOf(OutcomeUnknownException.class);

      assertThat(events).containsSubsequence("callStart /v1/thing", "interceptor", "networkInterceptor",
          "responseHeadersEnd 200", "callStart /v1/send", "interceptor", "networkInterceptor");
      assertThat(peer.seen()).hasSize(2).allSatisfy(s -> assertThat(s.header("X-Trace")).isEqualTo("t-1"));
    }
  }
}
