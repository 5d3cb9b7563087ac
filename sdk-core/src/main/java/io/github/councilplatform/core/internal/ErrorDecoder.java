package io.github.councilplatform.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.ConflictException;
import io.github.councilplatform.core.InvalidRequestException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.ServerException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns an error response into the typed exception for its status, reading any of the three platforms'
 * error bodies:
 *
 * <ul>
 *   <li>Notify: {@code {"status_code": 400, "errors": [{"error": "ValidationError", "message": "…"}]}}
 *   <li>Pay: {@code {"field": "amount", "code": "P0102", "description": "…"}} (or {@code header})
 *   <li>OAuth (One Login): {@code {"error": "invalid_grant", "error_description": "…"}}
 * </ul>
 */
public final class ErrorDecoder {
  private final PlatformRules rules;

  public ErrorDecoder(PlatformRules rules) {
    this.rules = rules;
  }

  /** Reads the errors a body lists; empty if it lists none or is not JSON. */
  public static List<ApiError> parseErrors(byte[] body) {
    if (body == null || body.length == 0) {
      return List.of();
    }
    JsonNode root;
    try {
      root = Json.tree(body);
    } catch (UncheckedIOException e) {
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    List<ApiError> errors = new ArrayList<>();
    JsonNode list = root.get("errors");
    if (list != null && list.isArray()) {
      for (JsonNode e : list) {
        errors.add(new ApiError(text(e, "error"), text(e, "message"), null));
      }
    } else if (root.hasNonNull("code") && root.hasNonNull("description")) {
      String field = root.hasNonNull("field") ? text(root, "field") : text(root, "header");
      errors.add(new ApiError(text(root, "code"), text(root, "description"), field));
    } else if (root.hasNonNull("error") && root.get("error").isTextual()) {
      errors.add(new ApiError(text(root, "error"), text(root, "error_description"), null));
    } else if (root.hasNonNull("message")) {
      errors.add(new ApiError(text(root, "code"), text(root, "message"), null));
    }
    return errors;
  }

  /** Whether the body is JSON at all. */
  static boolean isJson(byte[] body) {
    try {
      Json.tree(body);
      return true;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Builds the typed exception for an error response.
   *
   * @param call the method, path and base URL of the request, for the message
   * @param status HTTP status
   * @param body raw body
   * @param retryAfter the parsed {@code Retry-After}, or {@code null}
   * @param requestId our request id
   * @param attempts attempts so far
   * @param retryable whether the transport considers this response retryable for this request
   * @param safeToRepeat whether trying the call again later is known to be safe (a read, or no attempt of it
   *     may have been acted on); when false the message makes no such claim
   */
  public ApiException decode(CallDescription call, int status, byte[] body, Duration retryAfter, String requestId,
      int attempts, boolean retryable, boolean safeToRepeat) {
    List<ApiError> errors = parseErrors(body);
    String raw = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    String platform = rules.displayName();
    boolean json = !raw.isBlank() && isJson(body);
    boolean foreign = !raw.isBlank() && !json;
    String listed = errors.isEmpty()
        ? (raw.isBlank() ? "with an empty body" : json ? "with no error listed" : "with a body that is not JSON ("
            + (looksLikeHtml(raw) ? "an HTML page, " : "") + raw.length() + " characters; see rawBody())")
        : "(" + errors.stream().map(ApiError::toString).collect(Collectors.joining("; ")) + ")";
    String head = platform + " returned HTTP " + status + " for " + call.method() + " " + call.path() + " "
        + listed + " [request " + requestId + ", base URL " + call.baseUrl() + "]. ";
    String checkBase = "Check the base URL " + call.baseUrl() + " is " + platform + "'s API"
        + (call.baseHasPath() ? " with no path of its own (it ends in " + call.basePath() + "; the SDK adds the API"
            + " paths itself)" : "") + ". ";
    if (foreign && status >= 400 && status < 500 && status != 429) {
      // An HTML or plain-text answer to an API call did not come from the platform's API: a wrong base URL, a
      // web page, a proxy. The platform's own advice for the status would mislead.
      head = head + "The answer is not " + platform + "'s JSON, so it probably did not come from its API. " + checkBase;
    }
    if (status == 401 || status == 403) {
      return new AuthenticationException(head + "Check the credentials (API key, client key or access token) are"
          + " the right ones for this platform and environment and not revoked, and that the system clock is"
          + " accurate.", status, errors, raw, requestId, attempts, false);
    }
    if (status == 400 || status == 422) {
      return new InvalidRequestException(head + (foreign ? "" : "Fix the request as the errors say; sending it"
          + " unchanged will fail again."), status, errors, raw, requestId, attempts, false);
    }
    if (status == 404) {
      String next = foreign ? "" : errors.stream().allMatch(e -> e.code() == null)
          ? "No " + platform + " error code came with it, which usually means the path does not exist: " + checkBase
              + "Otherwise check the id belongs to this account and is within the retention period."
          : "Check the id belongs to this account and is within the retention period"
              + (call.baseHasPath() ? ", and that the base URL " + call.baseUrl() + " has no path of its own." : ".");
      return new NotFoundException(head + next, status, errors, raw, requestId, attempts, false);
    }
    if (status == 409 || status == 412) {
      return new ConflictException(head + "The resource changed or the request repeats an earlier one; fetch it"
          + " again before deciding what to do.", status, errors, raw, requestId, attempts, false);
    }
    if (status == 429) {
      boolean later = rules.resetsLater(status, errors);
      String wait = retryAfter != null ? retryAfter.toSeconds() + " s" : "about a second";
      String next = later ? "This limit resets only later (at midnight UTC for Notify's daily limits); retrying"
          + " before then will fail."
          : safeToRepeat ? "Wait " + wait + " before trying again, and slow down."
          // An earlier attempt may have been acted on: the caller must reconcile first, not simply repeat.
          : "The platform asked for a wait of " + wait + "; slow down.";
      return new RateLimitedException(head + next, status, errors, raw, requestId, attempts, retryAfter, later);
    }
    if (status >= 500) {
      String next = safeToRepeat
          ? "The platform failed; try again later, and check its status page if this persists."
          : "The platform failed, possibly after acting on the request; check its status page if this persists.";
      return new ServerException(head + next, status, errors, raw, requestId, attempts, retryable || status != 501);
    }
    return new ApiException(head + "This status was not expected for this call.", status, errors, raw, requestId,
        attempts, retryable);
  }

  private static boolean looksLikeHtml(String raw) {
    String t = raw.stripLeading().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<");
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
