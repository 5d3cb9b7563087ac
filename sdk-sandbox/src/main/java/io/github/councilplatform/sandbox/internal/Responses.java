package io.github.councilplatform.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.charset.StandardCharsets;

/** Small builders for the sandbox's responses. */
public final class Responses {
  /** A plain mapper: the sandbox writes the platforms' field names explicitly (maps or annotated types). */
  public static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  private Responses() {}

  /**
   * Builds the mapper and its serialisers for the shapes every platform answers in (maps, lists, strings,
   * numbers, booleans and nulls), so that cost falls in the sandbox's start-up, before its port opens, and not
   * on its first request. Idempotent.
   */
  public static void prepare() {
    java.util.Map<String, Object> shapes = new java.util.LinkedHashMap<>();
    shapes.put("text", "a");
    shapes.put("number", 1);
    shapes.put("long", 1L);
    shapes.put("flag", true);
    shapes.put("none", null);
    shapes.put("list", java.util.List.of("a", 1));
    shapes.put("map", java.util.Map.of("a", java.util.List.of()));
    json(200, shapes);
  }

  /** A JSON response of a value (a Map, a List, or any Jackson-serialisable object). */
  public static ResponseDefinition json(int status, Object body) {
    try {
      return json(status, JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON response of exact bytes (what a signature was computed over). */
  public static ResponseDefinition json(int status, byte[] body) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body).build();
  }

  /** An HTML page. */
  public static ResponseDefinition html(int status, String html) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(html.getBytes(StandardCharsets.UTF_8)).build();
  }

  /** A 302 redirect. */
  public static ResponseDefinition redirect(String location) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(302).withHeader("Location", location).build();
  }

  /** A response with a status, headers and raw body. */
  public static ResponseDefinition of(int status, byte[] body, HttpHeader... headers) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withHeaders(new HttpHeaders(headers))
        .withBody(body).build();
  }

  /** An empty response with a status. */
  public static ResponseDefinition empty(int status) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status).build();
  }
}
