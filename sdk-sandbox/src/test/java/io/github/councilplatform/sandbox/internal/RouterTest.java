package io.github.councilplatform.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static ResponseDefinition text(int status, String body) {
    return Responses.of(status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private final Router<String> router = Router.<String>builder()
      .post("/v2/notifications/{type:sms|email}", (c, ctx) -> text(201, "send " + c.param("type") + " " + ctx))
      .get("/v2/notifications/?", (c, ctx) -> text(200, "list"))
      .get("/v2/notifications/{id}", (c, ctx) -> text(200, "one " + c.param("id")))
      .get("/v2/template/{id}/version/{v:\\d+}", (c, ctx) -> text(200, c.param("id") + "@" + c.param("v")))
      .any("/anything", (c, ctx) -> text(200, c.method().getName()))
      .notFound(c -> text(404, "no " + c.path()))
      .methodNotAllowed(c -> text(405, "not " + c.method().getName()))
      .build();

  private String call(String method, String path) {
    ResponseDefinition r = router.dispatch(Requests.of(method, path), "ctx");
    return r.getStatus() + " " + Requests.body(r);
  }

  @Test
  void matchesInOrderWithParametersAndContext() {
    assertThat(call("POST", "/v2/notifications/sms")).isEqualTo("201 send sms ctx");
    // A later route serves the same path for another method.
    assertThat(call("GET", "/v2/notifications/sms")).isEqualTo("200 one sms");
    assertThat(call("GET", "/v2/template/abc/version/3?x=1")).isEqualTo("200 abc@3");
    assertThat(call("DELETE", "/anything")).isEqualTo("200 DELETE");
  }

  @Test
  void aKnownPathWithAnotherMethodIsThePlatforms405AndAnUnknownPathIts404() {
    assertThat(call("POST", "/v2/notifications/letter")).isEqualTo("405 not POST");
    assertThat(call("GET", "/v2/template/abc/version/x")).isEqualTo("404 no /v2/template/abc/version/x");
    assertThat(call("GET", "/v2/notifications/a/b")).isEqualTo("404 no /v2/notifications/a/b");
  }

  @Test
  void aTrailingSlashOnlyWhereTheTemplateOrTheRouterAllowsIt() {
    assertThat(call("GET", "/v2/notifications/")).isEqualTo("200 list");
    assertThat(call("GET", "/v2/notifications/x/")).startsWith("404");
    Router<Void> lenient = Router.<Void>builder().trailingSlashOptional()
        .get("/v1/payments/{id}", (c, v) -> text(200, c.param("id"))).notFound(c -> text(404, "")).build();
    assertThat(Requests.body(lenient.dispatch(Requests.of("GET", "/v1/payments/p1/"), null))).isEqualTo("p1");
    // Without a 405 answer of its own, a router answers a wrong method with its 404.
    assertThat(lenient.dispatch(Requests.of("POST", "/v1/payments/p1"), null).getStatus()).isEqualTo(404);
  }
}
