package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fakes' one router: a table of method, path template and handler, matched in the order registered.
 *
 * <p>Templates are literal segments and {@code {name}} (one segment) or {@code {name:regex}} (a segment matching
 * the regex); a template ending in {@code /?} also matches with a trailing slash, and a router built with
 * {@link Builder#trailingSlashOptional()} allows one on every route (Jersey does, Flask does not). A path that
 * some route matches with another method is the platform's 405; a path no route matches is its 404: both
 * answers come from the platform, in its own words.
 *
 * @param <C> what the platform resolves before routing and passes to every handler (an account, or
 *     {@code Void})
 */
public final class Router<C> {
  /** A route's handler. */
  @FunctionalInterface
  public interface Handler<C> {
    /**
     * Serves a routed request.
     *
     * @param call the request and its path parameters
     * @param context what the platform resolved before routing
     * @return the response
     */
    ResponseDefinition handle(Call call, C context);
  }

  private record Route<C>(RequestMethod method, Pattern pattern, List<String> names, Handler<C> handler) {}

  private final List<Route<C>> routes;
  private final Function<Call, ResponseDefinition> notFound;
  private final Function<Call, ResponseDefinition> methodNotAllowed;

  private Router(Builder<C> b) {
    this.routes = List.copyOf(b.routes);
    this.notFound = Objects.requireNonNull(b.notFound, "notFound");
    this.methodNotAllowed = b.methodNotAllowed == null ? notFound : b.methodNotAllowed;
  }

  /** A new router's builder. */
  public static <C> Builder<C> builder() {
    return new Builder<>();
  }

  /**
   * Routes a request.
   *
   * @param request the request
   * @param context what the handlers receive
   * @return the handler's response, or the platform's 405 or 404
   */
  public ResponseDefinition dispatch(Request request, C context) {
    String path = Dispatcher.pathOf(request.getUrl());
    RequestMethod method = request.getMethod();
    boolean pathKnown = false;
    for (Route<C> r : routes) {
      Matcher m = r.pattern.matcher(path);
      if (!m.matches()) {
        continue;
      }
      if (r.method != null && !r.method.equals(method)) {
        pathKnown = true;
        continue;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < r.names.size(); i++) {
        params.put(r.names.get(i), m.group(i + 1));
      }
      return r.handler.handle(new Call(request, path, Map.copyOf(params)), context);
    }
    Call call = new Call(request, path, Map.of());
    return pathKnown ? methodNotAllowed.apply(call) : notFound.apply(call);
  }

  /** Builds a {@link Router}. Not thread-safe; the router it builds is immutable and thread-safe. */
  public static final class Builder<C> {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]\\w*)(?::([^}]+))?}");
    private final List<Route<C>> routes = new ArrayList<>();
    private Function<Call, ResponseDefinition> notFound;
    private Function<Call, ResponseDefinition> methodNotAllowed;
    private boolean trailingSlash;

    private Builder() {}

    /** Every route also matches with one trailing slash (register this before the routes). */
    public Builder<C> trailingSlashOptional() {
      this.trailingSlash = true;
      return this;
    }

    /** A {@code GET} route. */
    public Builder<C> get(String template, Handler<C> handler) {
      return route(RequestMethod.GET, template, handler);
    }

    /** A {@code POST} route. */
    public Builder<C> post(String template, Handler<C> handler) {
      return route(RequestMethod.POST, template, handler);
    }

    /** A route for every method. */
    public Builder<C> any(String template, Handler<C> handler) {
      return route(null, template, handler);
    }

    /**
     * A route.
     *
     * @param method the method, or null for any
     * @param template the path template (see {@link Router})
     * @param handler what serves it
     * @return this builder
     */
    public Builder<C> route(RequestMethod method, String template, Handler<C> handler) {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(handler, "handler");
      if (!template.startsWith("/")) {
        throw new IllegalArgumentException("A route template starts with /: " + template);
      }
      boolean optionalSlash = template.endsWith("/?");
      String t = optionalSlash ? template.substring(0, template.length() - 2) : template;
      StringBuilder regex = new StringBuilder();
      List<String> names = new ArrayList<>();
      Matcher m = PARAM.matcher(t);
      int from = 0;
      while (m.find()) {
        regex.append(Pattern.quote(t.substring(from, m.start())));
        names.add(m.group(1));
        regex.append('(').append(m.group(2) == null ? "[^/]+" : "(?:" + m.group(2) + ")").append(')');
        from = m.end();
      }
      regex.append(Pattern.quote(t.substring(from)));
      if (optionalSlash || trailingSlash) {
        regex.append("/?");
      }
      routes.add(new Route<>(method, Pattern.compile(regex.toString()), List.copyOf(names), handler));
      return this;
    }

    /** The platform's answer when no route matches the path. */
    public Builder<C> notFound(Function<Call, ResponseDefinition> response) {
      this.notFound = response;
      return this;
    }

    /** The platform's answer when a route matches the path but not the method (default: its not-found). */
    public Builder<C> methodNotAllowed(Function<Call, ResponseDefinition> response) {
      this.methodNotAllowed = response;
      return this;
    }

    /** The router. */
    public Router<C> build() {
      return new Router<>(this);
    }
  }
}
