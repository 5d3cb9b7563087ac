package io.github.councilplatform.sandbox.internal.onelogin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.Router;
import java.io.IOException;
import java.net.URI;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The One Login admin API under {@code /_sandbox/one-login}:
 *
 * <ul>
 *   <li>{@code GET /}: clients, residents, auto-approve, injected errors, keys;
 *   <li>{@code GET /users}: the test residents; {@code POST /users}: add one (see {@link ResidentJson});
 *   <li>{@code PUT /auto-approve} {@code {"user": "<id>"}}, {@code DELETE /auto-approve};
 *   <li>{@code GET|POST /clients}, {@code GET|PUT|DELETE /clients/<id>} (PUT changes only the fields given);
 *   <li>{@code GET|PUT|DELETE /errors} with {@code authoriseErrors}, {@code idTokenErrors},
 *       {@code coreIdentityErrors} (a PUT replaces all three lists);
 *   <li>{@code GET /keys}, {@code POST /keys/publish}, {@code POST /keys/use-new}, {@code POST /keys/retire-old};
 *   <li>{@code GET /back-channel-logouts}: logout tokens delivered so far, with the response status.
 * </ul>
 */
final class OneLoginAdmin {
  /** Where the dispatcher mounts One Login's admin API. */
  private static final String PREFIX = "/_sandbox/one-login";

  private final Provider provider;
  private final Router<Void> router = routes();

  OneLoginAdmin(Provider provider) {
    this.provider = provider;
  }

  ResponseDefinition handle(String sub, Request request) {
    try {
      return router.dispatch(request, null);
    } catch (IllegalArgumentException e) {
      return bad(e.getMessage());
    }
  }

  private Router<Void> routes() {
    return Router.<Void>builder().trailingSlashOptional()
        .get(PREFIX, (c, v) -> Responses.json(200, overview()))
        .post(PREFIX + "/users", (c, v) -> addResident(c.request()))
        .get(PREFIX + "/users", (c, v) -> Responses.json(200, Map.of("users", users())))
        .any(PREFIX + "/auto-approve", (c, v) -> autoApprove(c.method(), c.request()))
        .get(PREFIX + "/clients", (c, v) -> Responses.json(200, Map.of("clients", provider.clients.values().stream()
            .map(ClientRegistration::toJson).toList())))
        .post(PREFIX + "/clients", (c, v) -> addClient(c.request()))
        .any(PREFIX + "/clients/{id:.+}", (c, v) -> client(c.method(), c.param("id"), c.request()))
        .any(PREFIX + "/errors", (c, v) -> errors(c.method(), c.request()))
        .get(PREFIX + "/keys", (c, v) -> Responses.json(200, keys()))
        .post(PREFIX + "/keys/publish", (c, v) -> keysChanged(provider.keys::publishNew))
        .post(PREFIX + "/keys/use-new", (c, v) -> keysChanged(provider.keys::useNew))
        .post(PREFIX + "/keys/retire-old", (c, v) -> keysChanged(provider.keys::retireOld))
        .any(PREFIX + "/back-channel-logouts", (c, v) -> {
          synchronized (provider.logoutDeliveries) {
            return Responses.json(200, Map.of("deliveries", List.copyOf(provider.logoutDeliveries)));
          }
        })
        .notFound(c -> notFound(c.path().substring(PREFIX.length()).replaceFirst("(.)/$", "$1")))
        .methodNotAllowed(c -> notAllowed())
        .build();
  }

  private ResponseDefinition addResident(Request request) {
    Resident r = ResidentJson.parse(body(request));
    synchronized (provider.residents) {
      if (provider.residents.containsKey(r.id())) {
        return bad("A resident with id " + r.id() + " exists already");
      }
      provider.residents.put(r.id(), r);
    }
    return Responses.json(201, r.summary());
  }

  private ResponseDefinition addClient(Request request) {
    ClientRegistration c = clientFrom(body(request), null);
    if (provider.clients.putIfAbsent(c.clientId(), c) != null) {
      return bad("A client with id " + c.clientId() + " exists already; PUT /_sandbox/one-login/clients/"
          + c.clientId() + " changes it");
    }
    return Responses.json(201, c.toJson());
  }

  private ResponseDefinition keysChanged(Runnable change) {
    change.run();
    return Responses.json(200, keys());
  }


  private ResponseDefinition autoApprove(RequestMethod m, Request request) {
    if (m.equals(RequestMethod.DELETE)) {
      provider.autoApproveUser = null;
      return Responses.json(200, autoApproveJson());
    }
    if (m.equals(RequestMethod.PUT) || m.equals(RequestMethod.POST)) {
      String user = body(request).path("user").asText(null);
      if (user == null || !provider.residents.containsKey(user)) {
        throw new IllegalArgumentException("Send {\"user\": \"<id>\"} with one of " + provider.residents.keySet());
      }
      provider.autoApproveUser = user;
      return Responses.json(200, autoApproveJson());
    }
    return get(m) ? Responses.json(200, autoApproveJson()) : notAllowed();
  }

  private ResponseDefinition client(RequestMethod m, String id, Request request) {
    ClientRegistration existing = provider.clients.get(id);
    if (existing == null) {
      return notFound("/clients/" + id);
    }
    if (get(m)) {
      return Responses.json(200, existing.toJson());
    }
    if (m.equals(RequestMethod.DELETE)) {
      provider.clients.remove(id);
      return Responses.json(200, Map.of("deleted", id));
    }
    if (m.equals(RequestMethod.PUT) || m.equals(RequestMethod.PATCH)) {
      ClientRegistration c = clientFrom(body(request), existing);
      provider.clients.put(id, c);
      return Responses.json(200, c.toJson());
    }
    return notAllowed();
  }

  private ResponseDefinition errors(RequestMethod m, Request request) {
    if (m.equals(RequestMethod.DELETE)) {
      provider.scenarios.clear();
    } else if (m.equals(RequestMethod.PUT) || m.equals(RequestMethod.POST)) {
      JsonNode b = body(request);
      provider.scenarios.set(strings(b, "authoriseErrors"), strings(b, "idTokenErrors"),
          strings(b, "coreIdentityErrors"));
    } else if (!get(m)) {
      return notAllowed();
    }
    return Responses.json(200, provider.scenarios.toJson());
  }

  /** Builds a registration from JSON, starting from {@code base} (PUT) or defaults (POST). */
  private ClientRegistration clientFrom(JsonNode b, ClientRegistration base) {
    String clientId = base != null ? base.clientId()
        : b.hasNonNull("clientId") ? b.get("clientId").asText() : Provider.randomAlphanumeric(32);
    List<String> redirects = b.has("redirectUris") ? uris(b, "redirectUris")
        : base != null ? base.redirectUris() : null;
    if (redirects == null || redirects.isEmpty()) {
      throw new IllegalArgumentException("redirectUris must list at least one absolute URI");
    }
    List<String> postLogout = b.has("postLogoutRedirectUris") ? uris(b, "postLogoutRedirectUris")
        : base != null ? base.postLogoutRedirectUris() : List.of();
    RSAKey key = base != null ? base.publicKey() : null;
    String jwksUrl = base != null ? base.jwksUrl() : null;
    if (b.hasNonNull("publicKey")) {
      key = parsePublicKey(b.get("publicKey"));
      jwksUrl = null;
    }
    if (b.hasNonNull("jwksUrl")) {
      jwksUrl = uri(b.get("jwksUrl").asText(), "jwksUrl");
      key = null;
    }
    if (key == null && jwksUrl == null) {
      throw new IllegalArgumentException("Give publicKey (an RSA public key PEM or JWK) or jwksUrl");
    }
    Set<String> scopes = b.has("scopes") ? new LinkedHashSet<>(strings(b, "scopes"))
        : base != null ? base.scopes() : new LinkedHashSet<>(List.of("openid", "email", "phone"));
    scopes.add("openid");
    if (!ClientRegistration.KNOWN_SCOPES.containsAll(scopes)) {
      throw new IllegalArgumentException("scopes must be among " + ClientRegistration.KNOWN_SCOPES);
    }
    JWSAlgorithm alg = base != null ? base.idTokenAlgorithm() : JWSAlgorithm.ES256;
    if (b.hasNonNull("idTokenSigningAlgorithm")) {
      String a = b.get("idTokenSigningAlgorithm").asText();
      if (!a.equals("ES256") && !a.equals("RS256")) {
        throw new IllegalArgumentException("idTokenSigningAlgorithm must be ES256 or RS256");
      }
      alg = JWSAlgorithm.parse(a);
    }
    String backChannel = base != null ? base.backChannelLogoutUri() : null;
    if (b.has("backChannelLogoutUri")) {
      backChannel = b.get("backChannelLogoutUri").isNull() ? null
          : uri(b.get("backChannelLogoutUri").asText(), "backChannelLogoutUri");
    }
    return new ClientRegistration(clientId, redirects, postLogout, key, jwksUrl, scopes, alg,
        bool(b, "pkceEnforced", base != null && base.pkceEnforced()),
        bool(b, "identityVerificationSupported", base == null || base.identityVerificationSupported()),
        backChannel, bool(b, "permitMissingNonce", base != null && base.permitMissingNonce()));
  }

  private static RSAKey parsePublicKey(JsonNode node) {
    try {
      if (node.isObject()) {
        JWK jwk = JWK.parse(Responses.JSON.writeValueAsString(node));
        if (!(jwk instanceof RSAKey rsa)) {
          throw new IllegalArgumentException("publicKey must be an RSA key");
        }
        return rsa.toPublicJWK();
      }
      String pem = node.asText().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
      return new RSAKey.Builder(pub).build();
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalArgumentException("publicKey must be an RSA public key: a PEM (BEGIN PUBLIC KEY) or a JWK");
    }
  }

  private static List<String> uris(JsonNode b, String field) {
    List<String> out = new ArrayList<>();
    for (String s : strings(b, field)) {
      out.add(uri(s, field));
    }
    return out;
  }

  private static String uri(String s, String field) {
    try {
      URI u = new URI(s);
      if (!u.isAbsolute() || u.getHost() == null) {
        throw new IllegalArgumentException(field + " must hold absolute URIs: " + s);
      }
      return s;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(field + " must hold absolute URIs: " + s);
    }
  }

  private static List<String> strings(JsonNode b, String field) {
    JsonNode n = b.path(field);
    if (n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException(field + " must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    n.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static boolean bool(JsonNode b, String field, boolean fallback) {
    return b.hasNonNull(field) ? b.get(field).asBoolean() : fallback;
  }

  private static JsonNode body(Request request) {
    try {
      JsonNode n = Responses.JSON.readTree(request.getBody());
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException("Send a JSON object");
      }
      return n;
    } catch (IOException e) {
      throw new IllegalArgumentException("Send a JSON object: " + e.getMessage());
    }
  }

  Map<String, Object> overview() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clients", provider.clients.values().stream().map(ClientRegistration::toJson).toList());
    m.put("users", users());
    m.putAll(autoApproveJson());
    m.put("errors", provider.scenarios.toJson());
    m.put("keys", keys());
    return m;
  }

  private List<Map<String, Object>> users() {
    return provider.residentList().stream().map(Resident::summary).toList();
  }

  private Map<String, Object> autoApproveJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("autoApprove", provider.autoApproveUser);
    return m;
  }

  private Map<String, Object> keys() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("signing", Map.of("ES256", provider.keys.current(JWSAlgorithm.ES256).getKeyID(),
        "RS256", provider.keys.current(JWSAlgorithm.RS256).getKeyID()));
    m.put("published", provider.keys.publicJwks().stream().map(k -> k.get("kid")).toList());
    m.put("did", provider.didKid());
    return m;
  }

  private static boolean get(RequestMethod m) {
    return m.equals(RequestMethod.GET);
  }

  private static ResponseDefinition bad(String message) {
    return Responses.json(400, Map.of("error", "BadRequest", "message", message == null ? "Bad request" : message));
  }

  private static ResponseDefinition notAllowed() {
    return Responses.json(405, Map.of("error", "MethodNotAllowed", "message", "Method not allowed here"));
  }

  private static ResponseDefinition notFound(String path) {
    return Responses.json(404, Map.of("error", "NotFound", "message",
        "No One Login admin endpoint at /_sandbox/one-login" + path));
  }
}
