package io.github.councilplatform.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.core.UnexpectedResponseException;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.Json;
import java.io.UncheckedIOException;
import java.net.URI;

/** Reading One Login's JSON responses, with {@link UnexpectedResponseException} for anything malformed. */
final class Responses {
  private Responses() {}

  static JsonNode object(ApiResponse response, String what) {
    JsonNode root;
    try {
      root = Json.tree(response.body());
    } catch (UncheckedIOException e) {
      throw unexpected(response, what + " is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw unexpected(response, what + " is not a JSON object");
    }
    return root;
  }

  static String requiredText(ApiResponse response, JsonNode node, String field, String what) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw unexpected(response, what + " has no '" + field + "'");
    }
    return v.asText();
  }

  static URI requiredUri(ApiResponse response, JsonNode node, String field, String what) {
    String text = requiredText(response, node, field, what);
    try {
      URI uri = URI.create(text);
      if (!uri.isAbsolute()) {
        throw unexpected(response, what + " field '" + field + "' is not an absolute URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw unexpected(response, what + " field '" + field + "' is not a URL");
    }
  }

  /** Responses whose body carries tokens or personal data, so it is not kept in an exception. */
  static final String TOKEN_RESPONSE = "the token response";
  static final String USERINFO_RESPONSE = "the userinfo response";

  static UnexpectedResponseException unexpected(ApiResponse response, String problem) {
    boolean sensitive = problem.startsWith(TOKEN_RESPONSE) || problem.startsWith(USERINFO_RESPONSE);
    return new UnexpectedResponseException("GOV.UK One Login: " + problem + " [request " + response.requestId()
        + "]. Check the configured issuer and endpoints point at One Login.", response.status(),
        sensitive ? "" : response.bodyText(), response.requestId(), response.attempts(), false);
  }
}
