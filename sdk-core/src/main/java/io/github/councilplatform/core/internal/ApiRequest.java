package io.github.councilplatform.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One logical API call, which the transport may send in several attempts. Immutable.
 *
 * <p>{@link #safeToRetry()} decides what may be resent: a GET, or a POST carrying an idempotency key the
 * platform honours. Anything else is resent only when it provably never reached the server.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String contentType;
  private final boolean safeToRetry;
  private final String reference;
  private final boolean authenticated;
  private final String idempotencyKey;
  private final boolean changesState;
  private final String operation;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.query = Collections.unmodifiableList(new ArrayList<>(b.query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.body = b.body;
    this.contentType = b.contentType;
    this.safeToRetry = b.safeToRetry != null ? b.safeToRetry : "GET".equals(b.method) || "HEAD".equals(b.method);
    this.reference = b.reference;
    this.authenticated = b.authenticated;
    this.idempotencyKey = b.idempotencyKey;
    this.changesState = !b.readOnly && !("GET".equals(b.method) || "HEAD".equals(b.method));
    this.operation = b.operation != null ? b.operation : UNNAMED;
  }

  /** The operation name of a request whose call site gave none. */
  public static final String UNNAMED = "unnamed";

  /** A GET of a path (or an absolute URL on the client's base URL). */
  public static Builder get(String path) {
    return new Builder("GET", path);
  }

  /** A POST of a path. Not safe to retry unless marked {@link Builder#safeToRetry(boolean)}. */
  public static Builder post(String path) {
    return new Builder("POST", path);
  }

  /** A request of any method. */
  public static Builder of(String method, String path) {
    return new Builder(method, path);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public List<Map.Entry<String, String>> query() {
    return query;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The body bytes, or {@code null} for none. The same bytes are sent on every attempt. */
  public byte[] body() {
    return body;
  }

  public String contentType() {
    return contentType;
  }

  public boolean safeToRetry() {
    return safeToRetry;
  }

  /** The caller's reference for reconciling an unknown outcome, or {@code null}. */
  public String reference() {
    return reference;
  }

  public boolean authenticated() {
    return authenticated;
  }

  /**
   * The {@code Idempotency-Key} sent on every attempt, or {@code null}. Carried by
   * {@code OutcomeUnknownException} so that the caller can resend with the same key.
   */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Whether the request can change anything on the platform: any method but GET and HEAD, unless marked
   * {@link Builder#readOnly()}. Only such a request can end as outcome unknown.
   */
  public boolean changesState() {
    return changesState;
  }

  /**
   * The SDK operation this request serves, for example {@code sendEmail}: what a {@code CallListener} and
   * its metrics see, never the path (which carries ids). {@link #UNNAMED} when the call site gave none.
   */
  public String operation() {
    return operation;
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private String contentType;
    private Boolean safeToRetry;
    private String reference;
    private boolean authenticated = true;
    private String idempotencyKey;
    private boolean readOnly;
    private String operation;

    private Builder(String method, String path) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /** Adds a query parameter; repeat the name for a repeated parameter. Null values are skipped. */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /** Adds a request header (never logged). */
    public Builder header(String name, String value) {
      if (value != null) {
        headers.put(name, value);
      }
      return this;
    }

    /**
     * Sets a JSON body, serialised as {@link Json#write} would: maps, lists and scalars by
     * {@link JsonStreams} (no databind on a fresh JVM's first call), anything else by the shared mapper.
     */
    public Builder jsonBody(Object value) {
      return body(JsonStreams.write(value), "application/json");
    }

    /** Sets a raw body. */
    public Builder body(byte[] bytes, String contentType) {
      this.body = bytes;
      this.contentType = contentType;
      return this;
    }

    /** Overrides whether the request may be resent after it may have reached the server. */
    public Builder safeToRetry(boolean safe) {
      this.safeToRetry = safe;
      return this;
    }

    /** The caller's reference, carried by {@code OutcomeUnknownException}. */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sends an {@code Idempotency-Key} header with this exact value on every attempt, and marks the request
     * safe to resend: the platform answers a repeat with the original result instead of acting again. Only
     * for endpoints whose platform honours the key.
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = Objects.requireNonNull(key, "key");
      this.safeToRetry = true;
      return header("Idempotency-Key", key);
    }

    /**
     * Marks a request that changes nothing although its method is not GET (Notify's template preview is a
     * POST): it is resent like a read, and never ends as outcome unknown.
     */
    public Builder readOnly() {
      this.readOnly = true;
      this.safeToRetry = true;
      return this;
    }

    /**
     * Names the SDK operation, in lower camel case after the client method (for example {@code sendEmail},
     * {@code createPayment}); every page of a paged listing keeps its first request's name.
     */
    public Builder operation(String operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /** Whether to add the client's authentication headers (default true). */
    public Builder authenticated(boolean authenticated) {
      this.authenticated = authenticated;
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
