package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.nio.charset.StandardCharsets;

/** Test helper: WireMock requests without a server, for the internal routing pieces. */
final class Requests {
  private Requests() {}

  static Request of(String method, String pathAndQuery) {
    return of(method, pathAndQuery, "");
  }

  static Request of(String method, String pathAndQuery, String body) {
    return ImmutableRequest.create().withAbsoluteUrl("http://127.0.0.1:1" + pathAndQuery)
        .withMethod(RequestMethod.fromString(method)).withBody(body.getBytes(StandardCharsets.UTF_8)).build();
  }

  static String body(com.github.tomakehurst.wiremock.http.ResponseDefinition r) {
    return r.getByteBody() == null ? null : new String(r.getByteBody(), StandardCharsets.UTF_8);
  }
}
