package io.github.councilplatform.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  /** A platform that owns some prefixes and answers with what its handler gives or throws. */
  private record Fake(SandboxPlatformId id, List<String> prefixes, Function<Request, ResponseDefinition> handler)
      implements SandboxPlatform {
    @Override
    public ResponseDefinition handle(Request request) {
      return handler.apply(request);
    }

    @Override
    public ResponseDefinition handleAdmin(String subPath, Request request) {
      return Responses.empty(204);
    }

    @Override
    public Map<String, Object> info() {
      return Map.of();
    }

    @Override
    public void reset() {}

    @Override
    public ResponseDefinition faultResponse(int status) {
      return Responses.json(status, Map.of("fault", status));
    }
  }

  private static Fake fake(SandboxPlatformId id, String... prefixes) {
    return new Fake(id, List.of(prefixes), r -> Responses.json(200, Map.of("by", id.pathName())));
  }

  @Test
  void refusesAPrefixThatOverlapsAnotherPlatformsOrTheAdminApi() {
    Dispatcher d = new Dispatcher(new FaultPlan());
    d.mount(fake(SandboxPlatformId.NOTIFY, "/v2"));
    d.mount(fake(SandboxPlatformId.PAY, "/v1", "/secure"));
    assertThatThrownBy(() -> d.mount(fake(SandboxPlatformId.ONE_LOGIN, "/v2/extra")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("overlaps NOTIFY's /v2");
    assertThatThrownBy(() -> d.mount(fake(SandboxPlatformId.ONE_LOGIN, "/secure")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PAY's /secure");
    assertThatThrownBy(() -> d.mount(fake(SandboxPlatformId.ONE_LOGIN, "/")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> d.mount(fake(SandboxPlatformId.ONE_LOGIN, "/_sandbox/x")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("admin API");
    assertThatThrownBy(() -> d.mount(fake(SandboxPlatformId.ONE_LOGIN, "/a", "/a/b")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("overlapping");
    assertThatThrownBy(() -> d.mount(fake(SandboxPlatformId.ONE_LOGIN, "/token/")))
        .isInstanceOf(IllegalArgumentException.class);
    // Not an overlap: a prefix owns whole segments only.
    d.mount(fake(SandboxPlatformId.ONE_LOGIN, "/v2x", "/securely"));
    assertThat(body(d, "/v2x/a")).isEqualTo("{\"by\":\"one-login\"}");
    assertThat(body(d, "/v2")).isEqualTo("{\"by\":\"notify\"}");
    assertThat(body(d, "/secure/t")).isEqualTo("{\"by\":\"pay\"}");
    assertThat(body(d, "/elsewhere")).contains("nothing is at /elsewhere");
  }

  @Test
  void answersPlatformErrorsMalformedRequestsAndBugsInThePlatformsWords() {
    Dispatcher d = new Dispatcher(new FaultPlan());
    d.mount(new Fake(SandboxPlatformId.NOTIFY, List.of("/error"), r -> {
      throw new PlatformError("teapot") {
        @Override
        public ResponseDefinition response() {
          return Responses.json(418, Map.of("tea", true));
        }
      };
    }));
    d.mount(new Fake(SandboxPlatformId.PAY, List.of("/form"),
        r -> Responses.json(200, Form.decode(r.getBodyAsString()))));
    d.mount(new Fake(SandboxPlatformId.ONE_LOGIN, List.of("/bug"), r -> {
      throw new IllegalStateException("bug");
    }));
    assertThat(serve(d, "/error").getStatus()).isEqualTo(418);
    ResponseDefinition bad = serve(d, "/form", "a=%G1");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(Requests.body(bad)).contains("BadRequest").contains("%G1");
    ResponseDefinition bug = serve(d, "/bug");
    assertThat(bug.getStatus()).isEqualTo(500);
    assertThat(Requests.body(bug)).isEqualTo("{\"fault\":500}");
  }

  private static String body(Dispatcher d, String path) {
    return Requests.body(serve(d, path));
  }

  private static ResponseDefinition serve(Dispatcher d, String path) {
    return serve(d, path, "");
  }

  private static ResponseDefinition serve(Dispatcher d, String path, String body) {
    return d.transform(ServeEvent.of(Requests.of("POST", path, body)));
  }
}
