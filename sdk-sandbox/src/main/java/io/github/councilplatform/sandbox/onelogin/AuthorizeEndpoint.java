package io.github.councilplatform.sandbox.onelogin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code GET /authorize}: validates like the real provider (same order, codes and descriptions), then shows
 * the sign-in page, or with auto-approve redirects straight back with a code.
 */
final class AuthorizeEndpoint {
  /** The session cookie's name, as the real provider's. */
  static final String SESSION_COOKIE = "gs";
  static final Duration CODE_LIFETIME = Duration.ofSeconds(300);
  static final Duration JOURNEY_LIFETIME = Duration.ofHours(1);
  private static final Set<String> CREDENTIAL_TRUST = Set.of("Cl", "Cl.Cm");
  private static final Set<String> LEVELS = Set.of("P0", "P1", "P2");

  private final Provider provider;
  private final RequestObjects requestObjects;

  AuthorizeEndpoint(Provider provider) {
    this.provider = provider;
    this.requestObjects = new RequestObjects(provider);
  }

  /** A redirectable error: the RP's redirect URI gets {@code error}, {@code error_description}, {@code state}. */
  static final class AuthError extends Exception {
    final String code;
    final String description;

    AuthError(String code, String description) {
      super(description, null, false, false);
      this.code = code;
      this.description = description;
    }
  }

  ResponseDefinition handle(Map<String, String> query, String sessionCookie) {
    Map<String, String> p = query;
    String clientId = p.get("client_id");
    String redirectUri = p.get("redirect_uri");
    // AuthorisationService.classifyParseException: without a client id or redirect URI nothing can be redirected
    // (ERROR_1001); a missing response_type or scope is redirected below, once both are known good.
    if (isBlank(clientId) || isBlank(redirectUri)) {
      if (!p.containsKey("request")) {
        return Pages.error(400, "Request is missing parameters");
      }
    }
    ClientRegistration client = clientId == null ? null : provider.clients.get(clientId);
    if (client == null) {
      return Pages.error(400, "Client not found");
    }
    if (p.containsKey("request")) {
      try {
        p = requestObjects.merge(client, p);
      } catch (RequestObjects.Refused e) {
        return Pages.error(e.status, e.text);
      } catch (AuthError e) {
        // Only reached once the request object's redirect URI has been found registered.
        return errorRedirect(RequestObjects.claim(p.get("request"), "redirect_uri"), e,
            RequestObjects.claim(p.get("request"), "state"),
            "fragment".equals(RequestObjects.claim(p.get("request"), "response_mode")));
      }
      redirectUri = p.get("redirect_uri");
    }
    if (redirectUri == null || !client.redirectUris().contains(redirectUri)) {
      return Pages.redirectMismatch(client, redirectUri);
    }
    if (!parsesAsAuthenticationRequest(p)) {
      // AuthorisationHandler.java:262-267 and generateParseExceptionResponse (L942-963): a request Nimbus cannot
      // parse, from a known client to a registered redirect URI, is redirected as invalid_request.
      return errorRedirect(redirectUri, new AuthError("invalid_request", "Invalid request"), p.get("state"),
          "fragment".equals(p.get("response_mode")));
    }
    String responseMode = p.get("response_mode");
    if (responseMode != null && !responseMode.equals("query") && !responseMode.equals("fragment")) {
      return Pages.error(400, "Invalid response mode included in request: " + responseMode);
    }
    boolean fragment = "fragment".equals(responseMode);
    String state = p.get("state");
    try {
      AuthRequest request = validate(client, p, redirectUri, fragment);
      for (Scenarios.Authorise e : provider.scenarios.authorise()) {
        throw switch (e) {
          case ACCESS_DENIED -> new AuthError("access_denied",
              "Access denied by resource owner or authorization server");
          case TEMPORARILY_UNAVAILABLE -> new AuthError("temporarily_unavailable",
              "The authorization server is temporarily unavailable");
        };
      }
      String auto = provider.autoApproveUser;
      if (auto != null) {
        Resident r = provider.residents.get(auto);
        if (r != null) {
          return complete(request, r, sessionCookie);
        }
      }
      String journey = Provider.randomToken();
      provider.prune();
      provider.journeys.put(journey, new Provider.Journey(request, provider.now().plus(JOURNEY_LIFETIME)));
      return Responses.redirect(provider.base + "/sign-in?journey=" + journey);
    } catch (AuthError e) {
      return errorRedirect(redirectUri, e, state, fragment);
    }
  }

  /**
   * Finishes a journey for a resident: a code redirect, or {@code access_denied} when identity was requested
   * and the resident has no proven identity and no return codes were asked for. Like the real provider's
   * session cookie ({@code gs}), a browser that signed in before as the same resident keeps its session, so
   * the {@code sid} stays the same across clients and journeys until logout.
   */
  ResponseDefinition complete(AuthRequest request, Resident resident, String sessionCookie) {
    if (request.identityRequested() && !resident.identityProven()
        && !request.userinfoClaims().contains(Documents.RETURN_CODE_CLAIM)) {
      return errorRedirect(request.redirectUri(), new AuthError("access_denied",
          "Access denied by resource owner or authorization server"), request.state(), request.fragment());
    }
    Instant now = provider.now();
    provider.prune();
    Provider.Session session = sessionCookie == null ? null : provider.sessions.get(sessionCookie);
    if (session == null || !session.resident().id().equals(resident.id())) {
      session = new Provider.Session(Provider.randomSid(), resident, ConcurrentHashMap.newKeySet(),
          new AtomicReference<>(now));
      provider.sessions.put(session.sid(), session);
    }
    session.clientIds().add(request.clientId());
    session.lastActive().set(now);
    String sid = session.sid();
    String code = Provider.randomToken();
    provider.prune();
    provider.codes.put(code, new Grant(request, resident, sid, now, now.plus(CODE_LIFETIME)));
    Map<String, String> params = new LinkedHashMap<>();
    params.put("code", code);
    params.put("state", request.state());
    return ResponseDefinitionBuilder.like(Responses.redirect(Params.append(request.redirectUri(), params,
        request.fragment()))).withHeader("Set-Cookie", SESSION_COOKIE + "=" + sid + "; Path=/; HttpOnly; SameSite=Lax")
        .build();
  }

  static ResponseDefinition errorRedirect(String redirectUri, AuthError e, String state, boolean fragment) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("error", e.code);
    params.put("error_description", e.description);
    params.put("state", state);
    return Responses.redirect(Params.append(redirectUri, params, fragment));
  }

  private AuthRequest validate(ClientRegistration client, Map<String, String> p, String redirectUri,
      boolean fragment) throws AuthError {
    String state = p.get("state");
    if (isBlank(state)) {
      throw new AuthError("invalid_request", "Request is missing state parameter");
    }
    if (p.containsKey("request_uri")) {
      throw new AuthError("request_uri_not_supported", "Request URI parameter not supported");
    }
    if (!"code".equals(p.get("response_type"))) {
      throw new AuthError("unsupported_response_type", "Unsupported response type");
    }
    List<String> scopes = Arrays.stream(p.getOrDefault("scope", "").trim().split("\\s+"))
        .filter(s -> !s.isEmpty()).distinct().toList();
    if (!ClientRegistration.KNOWN_SCOPES.containsAll(scopes)
        || !client.scopes().containsAll(scopes)) {
      throw new AuthError("invalid_scope", "Invalid, unknown or malformed scope");
    }
    Set<String> claims = parseClaims(p.get("claims"));
    String nonce = p.get("nonce");
    if (isBlank(nonce) && !client.permitMissingNonce()) {
      throw new AuthError("invalid_request", "Request is missing nonce parameter");
    }
    String challenge = p.get("code_challenge");
    String method = p.get("code_challenge_method");
    if (isBlank(challenge)) {
      if (client.pkceEnforced()) {
        // BaseAuthorizeValidator.validateCodeChallengeAndMethod: the enforced-PKCE text.
        throw new AuthError("invalid_request", "Request is missing code_challenge parameter, but PKCE is enforced.");
      }
      challenge = null;
    } else {
      if (isBlank(method)) {
        throw new AuthError("invalid_request", "Request is missing code_challenge_method parameter."
            + " code_challenge_method is required when code_challenge is present.");
      }
      if (!method.equals("S256")) {
        throw new AuthError("invalid_request", "Invalid value for code_challenge_method parameter.");
      }
    }
    String[] vtr = parseVtr(p.get("vtr"), client);
    long maxAge = -1;
    if (p.containsKey("max_age")) {
      try {
        maxAge = Long.parseLong(p.get("max_age"));
      } catch (NumberFormatException e) {
        throw new AuthError("invalid_request", "Invalid max_age parameter");
      }
      // QueryParamsAuthorizeValidator.java:135: -1 means "not given", as in Nimbus.
      if (maxAge < -1) {
        throw new AuthError("invalid_request", "Max age is negative in query params");
      }
    }
    // QueryParamsAuthorizeValidator.java:151-160 and BaseAuthorizeValidator.validateChannel.
    String channel = p.get("channel");
    if (channel != null && !channel.equals("web") && !channel.equals("generic_app")) {
      throw new AuthError("invalid_request", "Invalid value for channel parameter.");
    }
    if (p.get("prompt") != null && Arrays.asList(p.get("prompt").split(" ")).contains("select_account")) {
      throw new AuthError("unmet_authentication_requirements", "Unmet authentication requirements");
    }
    return new AuthRequest(client.clientId(), redirectUri, state, isBlank(nonce) ? null : nonce, scopes, vtr[0],
        vtr[1], claims, challenge, fragment, uiLocale(p.get("ui_locales")), maxAge);
  }

  private static final Set<String> PROMPTS = Set.of("none", "login", "consent", "select_account", "create");

  /**
   * Whether Nimbus's {@code AuthenticationRequest.parse} would accept the parameters: a response type, a scope
   * with {@code openid}, an integer {@code max_age}, a JSON object for {@code claims} and known {@code prompt}
   * values.
   */
  private static boolean parsesAsAuthenticationRequest(Map<String, String> p) {
    if (isBlank(p.get("response_type")) || isBlank(p.get("scope"))
        || !Arrays.asList(p.get("scope").trim().split("\\s+")).contains("openid")) {
      return false;
    }
    if (p.containsKey("max_age")) {
      try {
        Long.parseLong(p.get("max_age"));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (p.get("claims") != null) {
      try {
        JsonNode claims = Responses.JSON.readTree(p.get("claims"));
        if (claims == null || !claims.isObject()) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    String prompt = p.get("prompt");
    return prompt == null || Arrays.stream(prompt.trim().split("\\s+")).allMatch(PROMPTS::contains);
  }

  /** Parses {@code vtr}: a JSON array of vectors like {@code Cl.Cm} or {@code Cl.Cm.P2}; the first is used. */
  private static String[] parseVtr(String raw, ClientRegistration client) throws AuthError {
    if (raw == null) {
      return new String[] {"Cl.Cm", null};
    }
    AuthError invalid = new AuthError("invalid_request", "Request vtr not valid");
    JsonNode node;
    try {
      node = Responses.JSON.readTree(raw);
    } catch (IOException e) {
      throw invalid;
    }
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw invalid;
    }
    String[] first = null;
    boolean identity = false;
    for (JsonNode v : node) {
      if (!v.isTextual()) {
        throw invalid;
      }
      List<String> parts = new ArrayList<>(List.of(v.asText().split("\\.")));
      String level = null;
      Iterator<String> it = parts.iterator();
      while (it.hasNext()) {
        String part = it.next();
        if (LEVELS.contains(part)) {
          if (level != null) {
            throw invalid;
          }
          level = part;
          it.remove();
        }
      }
      String trust = String.join(".", parts);
      if (!CREDENTIAL_TRUST.contains(trust)) {
        throw invalid;
      }
      if (level != null && !level.equals("P0")) {
        if (!trust.equals("Cl.Cm")) {
          throw invalid;
        }
        identity = true;
      }
      if (first == null) {
        first = new String[] {trust, level};
      }
    }
    // BaseAuthorizeValidator.errorIfIdentityLoCAndIdentityUnsupported: a well-formed identity vtr the client may
    // not ask for is "not permitted", after the whole vtr has parsed.
    if (identity && !client.identityVerificationSupported()) {
      throw new AuthError("invalid_request", "Request vtr is not permitted");
    }
    return first;
  }

  private static Set<String> parseClaims(String raw) throws AuthError {
    Set<String> out = new LinkedHashSet<>();
    if (raw == null) {
      return out;
    }
    AuthError invalid = new AuthError("invalid_request", "Request contains invalid claims");
    try {
      JsonNode node = Responses.JSON.readTree(raw);
      if (node == null || !node.isObject()) {
        throw invalid;
      }
      JsonNode userinfo = node.path("userinfo");
      if (userinfo.isMissingNode()) {
        return out;
      }
      if (!userinfo.isObject()) {
        throw invalid;
      }
      Iterator<String> names = userinfo.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!Documents.IDENTITY_CLAIMS.contains(name)) {
          throw invalid;
        }
        out.add(name);
      }
      return out;
    } catch (IOException e) {
      throw invalid;
    }
  }

  /** The first supported language of {@code ui_locales} ({@code en} or {@code cy}), else English. */
  static String uiLocale(String raw) {
    if (raw != null) {
      for (String tag : raw.trim().split("\\s+")) {
        String lang = tag.toLowerCase(Locale.ROOT).split("-")[0];
        if (lang.equals("en") || lang.equals("cy")) {
          return lang;
        }
      }
    }
    return "en";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
