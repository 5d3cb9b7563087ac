package io.github.councilplatform.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Closing a client releases the pool and dispatcher the SDK created, and never a caller's OkHttpClient. */
class TransportCloseTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  @BeforeEach
  void stub() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));
  }

  @Test
  void closingReleasesThePoolAndDispatcherTheSdkCreated() {
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).build();
    t.execute(ApiRequest.get("/v1/thing").build());
    assertThat(t.okHttp().connectionPool().connectionCount()).isEqualTo(1);

    t.close();
    t.close();

    assertThat(t.okHttp().connectionPool().connectionCount()).isZero();
    assertThat(t.okHttp().dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void closingLeavesACallersOkHttpClientWorking() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).httpClient(mine).build();
    t.execute(ApiRequest.get("/v1/thing").build());
    assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);

    t.close();

    assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    try (Response r = mine.newCall(new Request.Builder().url(wm.baseUrl() + "/v1/thing").build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    mine.dispatcher().executorService().shutdown();
    mine.connectionPool().evictAll();
  }

  @Test
  void aCallAfterCloseIsRefusedWithAClearErrorAndSendsNothing() {
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).build();
    t.close();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.execute(ApiRequest.get("/v1/thing")
        .operation("getThing").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has been closed, so getThing was not sent")
        .hasMessageContaining("Build a new client");
    wm.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/v1/thing")));
    assertThat(t.okHttp().connectionPool().connectionCount()).isZero();
  }

  @Test
  void aClosedClientMakesNoFurtherTransport() {
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).build();
    t.close();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpTransport.create(t.settings()
        .withBaseUrl(okhttp3.HttpUrl.get("http://other.invalid/"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has been closed");
  }
}
