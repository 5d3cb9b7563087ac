package io.github.councilplatform.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.Signatures;
import io.github.councilplatform.core.UnexpectedResponseException;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.core.internal.TransportSettings;
import io.github.councilplatform.identity.AuthorizationErrorException;
import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.IdentityOutcome;
import io.github.councilplatform.identity.OneLoginEndpoints;
import io.github.councilplatform.identity.ReplayStore;
import io.github.councilplatform.identity.ReturnCode;
import io.github.councilplatform.identity.SignInFailedException;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInSession;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.identity.StateMismatchException;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import io.github.councilplatform.identity.TokenValidationException;
import io.github.councilplatform.identity.VerifiedIdentity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** The One Login relying party behind {@code OneLoginClient}. Immutable and thread-safe. */
public final class RelyingParty {
  private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  /**
   * Everything the relying party needs, gathered by the client builder.
   *
   * @param endpoints issuer, identity issuer and DID document URL
   * @param clientId the client id
   * @param trustedAudiences audiences besides the client id that a token's {@code aud} may also name
   * @param clientKey the RSA key for client assertions
   * @param idTokenAlgorithm the ID token algorithm pinned
   * @param redirectUri the registered redirect URI
   * @param postLogoutRedirectUri the registered post-logout redirect URI, or {@code null}
   * @param clockSkew the clock skew allowed on token times
   * @param replays the logout token replay store
   * @param clock the clock
   * @param transport the core transport settings
   */
  public record Config(OneLoginEndpoints endpoints, String clientId, Set<String> trustedAudiences,
      ClientKey clientKey,
      JWSAlgorithm idTokenAlgorithm, URI redirectUri, URI postLogoutRedirectUri, Duration clockSkew,
      ReplayStore replays, Clock clock, TransportSettings transport) {}

  private final Config config;
  private final OriginTransports http;
  private final CachedDocument<ProviderMetadata> discovery;
  private final IdTokenVerifier idTokens;
  private final CoreIdentityVerifier coreIdentities;
  private final LogoutTokenVerifier logoutTokens;

  /**
   * Creates the relying party; nothing is fetched until first needed.
   *
   * @param config the configuration
   */
  public RelyingParty(Config config) {
    this.config = config;
    this.http = new OriginTransports(config.transport());
    String issuer = config.endpoints().issuer();
    this.discovery = new CachedDocument<>("discovery document", () -> config.endpoints().discoveryUrl(),
        r -> ProviderMetadata.parse(r, issuer), http, config.clock());
    ProviderKeys keys = new ProviderKeys(() -> discovery.get().jwksUri(), http, config.clock());
    Set<String> trusted = Set.copyOf(config.trustedAudiences());
    this.idTokens = new IdTokenVerifier(config.idTokenAlgorithm(), keys, issuer, config.clientId(), trusted,
        config.clock(), config.clockSkew());
    this.coreIdentities = new CoreIdentityVerifier(new DidKeys(config.endpoints().didDocumentUrl(), http,
        config.clock()), config.endpoints().identityIssuer(), config.clientId(), trusted, config.clock(),
        config.clockSkew());
    this.logoutTokens = new LogoutTokenVerifier(keys, issuer, config.clientId(), trusted, config.clock(),
        config.clockSkew(), config.replays());
  }

  /** Builds the authorize redirect and the session value for a new sign-in. */
  public SignInStart start(SignInOptions options) {
    ProviderMetadata meta = discovery.get();
    String state = Randoms.token();
    String nonce = Randoms.token();
    String verifier = Randoms.token();
    Map<String, String> q = new LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("scope", "openid" + (options.email() ? " email" : "") + (options.phone() ? " phone" : ""));
    q.put("client_id", config.clientId());
    q.put("state", state);
    q.put("redirect_uri", config.redirectUri().toString());
    q.put("nonce", nonce);
    q.put("vtr", new String(Json.write(List.of(options.trustLevel().vector())), StandardCharsets.UTF_8));
    if (!options.identityClaims().isEmpty()) {
      StringJoiner claims = new StringJoiner(",", "{\"userinfo\":{", "}}");
      for (IdentityClaim c : options.identityClaims()) {
        claims.add("\"" + c.uri() + "\":null");
      }
      q.put("claims", claims.toString());
    }
    q.put("ui_locales", options.uiLocale() == null ? null : options.uiLocale().tag());
    Long maxAge = options.maxAge() == null ? null : options.maxAge().toSeconds();
    q.put("max_age", maxAge == null ? null : maxAge.toString());
    q.put("code_challenge", Randoms.s256(verifier));
    q.put("code_challenge_method", "S256");
    String base = meta.authorizationEndpoint().toString();
    URI uri = URI.create(base + (base.contains("?") ? "&" : "?") + Forms.encode(q));
    return new SignInStart(uri, new SignInSession(state, nonce, verifier, options.trustLevel(), maxAge,
        config.redirectUri()));
  }

  /** Checks the callback, exchanges the code, verifies every token and returns the signed-in user. */
  public SignInResult finish(URI callback, SignInSession session) {
    Map<String, String> params = callbackParams(callback);
    String state = params.get("state");
    if (state == null) {
      throw new StateMismatchException("The callback has no state parameter, so it cannot be tied to this"
          + " user's sign-in; start a new sign-in.");
    }
    if (!Signatures.constantTimeEquals(state, session.state())) {
      throw new StateMismatchException("The callback's state is not the one stored in this user's session (a"
          + " forged callback, another tab's sign-in, or an expired session); start a new sign-in.");
    }
    if (params.containsKey("error")) {
      throw new AuthorizationErrorException(params.get("error"), params.get("error_description"));
    }
    String code = params.get("code");
    if (code == null || code.isEmpty() || Forms.REPEATED.equals(code)) {
      throw new SignInFailedException("The callback has no single authorisation code; start a new sign-in.",
          false);
    }
    ProviderMetadata meta = discovery.get();
    TokenResponse tokens = exchange(meta, code, session);
    VerifiedIdToken id = idTokens.verify(tokens.idToken(), session);
    ApiResponse userinfoResponse = http.execute(meta.userinfoEndpoint(),
        ApiRequest.get(meta.userinfoEndpoint().toString()).operation("getUserInfo").header("Authorization", "Bearer " + tokens.accessToken()));
    JsonNode userinfo = Responses.object(userinfoResponse, Responses.USERINFO_RESPONSE);
    JsonNode userinfoSub = userinfo.get("sub");
    if (userinfoSub == null || !userinfoSub.isTextual() || !id.subject().equals(userinfoSub.asText())) {
      throw new TokenValidationException(TokenKind.USERINFO, TokenProblem.SUBJECT, "the userinfo sub is missing or"
          + " not the ID token's sub (OpenID Connect Core 5.3.2); do not use this response.");
    }
    IdentityClaims.checkStandardClaims(userinfo);
    List<ReturnCode> returnCodes = IdentityClaims.returnCodes(userinfo);
    IdentityOutcome outcome = IdentityOutcome.NOT_REQUESTED;
    VerifiedIdentity identity = null;
    if (session.trustLevel().provesIdentity()) {
      String level = session.trustLevel().identityLevel().orElseThrow();
      JsonNode core = userinfo.get(IdentityClaim.CORE_IDENTITY.uri());
      // One Login leaves the claim out when identity was not proven; anything else must be a verifiable JWT.
      if (core == null || core.isNull()) {
        outcome = IdentityOutcome.NOT_PROVEN;
      } else {
        if (!core.isTextual()) {
          throw new TokenValidationException(TokenKind.USERINFO, TokenProblem.SHAPE, "the userinfo claim "
              + IdentityClaim.CORE_IDENTITY.uri() + " is not a JWT string; do not treat this identity as proven.");
        }
        JWTClaimsSet claims = coreIdentities.verify(core.asText(), id.subject(), level);
        identity = IdentityClaims.identity(userinfo, claims, level);
        outcome = IdentityOutcome.PROVEN;
      }
    }
    return new SignInResult(id.subject(), text(userinfo, "email"), userinfo.path("email_verified").asBoolean(),
        text(userinfo, "phone_number"), userinfo.path("phone_number_verified").asBoolean(), id.vot(),
        id.sessionId(), id.authTime(), tokens.idToken(), outcome, identity,
        session.trustLevel().identityLevel().orElse(null), returnCodes);
  }

  private TokenResponse exchange(ProviderMetadata meta, String code, SignInSession session) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", session.redirectUri().toString());
    form.put("code_verifier", session.codeVerifier());
    form.put("client_assertion_type", ASSERTION_TYPE);
    form.put("client_assertion", config.clientKey().assertion(config.clientId(), meta.tokenEndpoint().toString(),
        config.clock().instant()));
    // Not safe to retry: the code is single-use, and the core transport never resends once it may have arrived.
    ApiResponse response = http.execute(meta.tokenEndpoint(), ApiRequest.post(meta.tokenEndpoint().toString()).operation("exchangeCode")
        .body(Forms.encode(form).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"));
    JsonNode root = Responses.object(response, Responses.TOKEN_RESPONSE);
    String tokenType = Responses.requiredText(response, root, "token_type", Responses.TOKEN_RESPONSE);
    if (!"bearer".equalsIgnoreCase(tokenType)) {
      throw Responses.unexpected(response, Responses.TOKEN_RESPONSE + " has a token_type other than Bearer");
    }
    return new TokenResponse(Responses.requiredText(response, root, "access_token", Responses.TOKEN_RESPONSE),
        Responses.requiredText(response, root, "id_token", Responses.TOKEN_RESPONSE));
  }

  private static Map<String, String> callbackParams(URI callback) {
    try {
      Map<String, String> params = Forms.decode(callback.getRawQuery());
      if (!params.containsKey("state") && callback.getRawFragment() != null) {
        params = Forms.decode(callback.getRawFragment());
      }
      return params;
    } catch (IllegalArgumentException e) {
      throw new StateMismatchException("The callback's query is not valid percent-encoding, so its state cannot be"
          + " read or tied to this user's sign-in; start a new sign-in.");
    }
  }

  /** The end-session redirect. */
  public URI endSession(String idTokenHint, String state) {
    if (config.postLogoutRedirectUri() != null && (idTokenHint == null || idTokenHint.isBlank())) {
      throw new RequestValidationException("id_token_hint", "is required when a post_logout_redirect_uri is"
          + " configured; pass SignInResult.idToken() from the user's sign-in.");
    }
    URI endpoint = discovery.get().endSessionEndpoint();
    if (endpoint == null) {
      throw new UnexpectedResponseException("GOV.UK One Login's discovery document has no end_session_endpoint;"
          + " check the configured issuer.", 200, "", null, 1, false);
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("id_token_hint", idTokenHint);
    q.put("post_logout_redirect_uri", config.postLogoutRedirectUri() == null ? null
        : config.postLogoutRedirectUri().toString());
    q.put("state", state);
    String base = endpoint.toString();
    String query = Forms.encode(q);
    return URI.create(query.isEmpty() ? base : base + (base.contains("?") ? "&" : "?") + query);
  }

  /** Verifies a logout token and returns its {@code sub}. */
  public String verifyLogoutToken(String logoutToken) {
    return logoutTokens.verify(logoutToken);
  }

  /** Releases the connection pools and dispatchers created for One Login's origins. */
  public void close() {
    http.close();
  }

  /** The health of every origin's transport together (they share one scope); makes no call. */
  public ClientHealth health() {
    return http.health();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private record TokenResponse(String accessToken, String idToken) {}
}
