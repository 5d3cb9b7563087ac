package io.github.councilplatform.sandbox.internal.onelogin;

import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Call;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.Router;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's GOV.UK One Login: an OpenID Connect provider that behaves like the real one (discovery, JWKS,
 * {@code /authorize} validation, {@code private_key_jwt}, single-use codes, PKCE, ES256/RS256 ID tokens,
 * {@code /userinfo} with core identity, logout and back-channel logout), with a separate core identity issuer
 * and DID document under {@code /identity/}, a sign-in page to pick a test resident, and an admin API under
 * {@code /_sandbox/one-login} (see {@link OneLoginAdmin}).
 *
 * <p>Paths: {@code /.well-known/openid-configuration}, {@code /.well-known/jwks.json}, {@code /authorize},
 * {@code /token}, {@code /userinfo}, {@code /logout}, {@code /trustmark}, {@code /identity/.well-known/did.json}
 * and the sandbox's own pages under {@code /sign-in}.
 */
public final class OneLoginPlatform implements SandboxPlatform {
  private final Provider provider;
  private final OneLoginAdmin admin;
  private final Router<Void> router;

  /** Creates the platform with the sandbox's shared context; generates its keys and the seeded client. */
  public OneLoginPlatform(SandboxContext context) {
    this.provider = new Provider(context);
    TokenSigner signer = new TokenSigner(provider);
    Documents documents = new Documents(provider);
    AuthorizeEndpoint authorize = new AuthorizeEndpoint(provider);
    SignInEndpoint signIn = new SignInEndpoint(provider, authorize);
    TokenEndpoint token = new TokenEndpoint(provider, signer);
    UserInfoEndpoint userInfo = new UserInfoEndpoint(provider, signer);
    LogoutEndpoint logout = new LogoutEndpoint(provider, signer);
    this.admin = new OneLoginAdmin(provider);
    this.router = Router.<Void>builder()
        .get("/.well-known/openid-configuration", (c, v) -> documents.discovery())
        .get("/.well-known/jwks.json", (c, v) -> documents.jwks())
        .get("/identity/.well-known/did.json", (c, v) -> documents.did())
        .get("/identity/did.json", (c, v) -> documents.did())
        .get("/trustmark", (c, v) -> documents.trustmark())
        .get("/authorize", (c, v) -> authorize.handle(c.query(), sessionCookie(c)))
        .post("/authorize", (c, v) -> authorize.handle(c.form(), sessionCookie(c)))
        .get("/sign-in", (c, v) -> signIn.show(c.query()))
        .post("/sign-in", (c, v) -> signIn.submit(c.form(), sessionCookie(c)))
        .any("/sign-in/signed-out", (c, v) -> Pages.signedOut(null))
        .any("/sign-in/error", (c, v) ->
            Pages.error(400, c.query().getOrDefault("error_description", "Invalid request")))
        .post("/token", (c, v) -> token.handle(c.form()))
        .get("/userinfo", (c, v) -> userInfo.handle(c.header("Authorization")))
        .post("/userinfo", (c, v) -> userInfo.handle(c.header("Authorization")))
        .get("/logout", (c, v) -> logout.handle(c.query(), sessionCookie(c)))
        .notFound(c -> Responses.json(404, Map.of("message", "Not Found")))
        .methodNotAllowed(c -> Responses.of(405, "{\"message\":\"Method Not Allowed\"}".getBytes(
            StandardCharsets.UTF_8), new HttpHeader("Content-Type", "application/json")))
        .build();
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.ONE_LOGIN;
  }

  @Override
  public List<String> prefixes() {
    return List.of("/.well-known", "/identity", "/authorize", "/token", "/userinfo", "/logout", "/trustmark",
        "/sign-in");
  }

  @Override
  public ResponseDefinition handle(Request request) {
    return router.dispatch(request, null);
  }

  /** OAuth's word for a request it cannot read (RFC 6749 section 5.2), as the real provider answers one. */
  @Override
  public ResponseDefinition badRequest(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_description", message);
    body.put("error", "invalid_request");
    return Responses.json(400, body);
  }

  @Override
  public ResponseDefinition handleAdmin(String subPath, Request request) {
    return admin.handle(subPath, request);
  }

  @Override
  public Map<String, Object> info() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("issuer", provider.issuer);
    info.put("clientId", provider.seededClientId);
    info.put("privateKeyPem", provider.seededPrivateKeyPem());
    info.put("redirectUri", Provider.SEEDED_REDIRECT_URI);
    info.put("postLogoutRedirectUri", Provider.SEEDED_POST_LOGOUT_URI);
    info.put("identityIssuer", provider.identityIssuer);
    info.put("didUrl", provider.didUrl);
    info.put("users", provider.residentList().stream().map(Resident::id).toList());
    return info;
  }

  @Override
  public void reset() {
    provider.reset();
  }

  @Override
  public ResponseDefinition faultResponse(int status) {
    if (status == 429) {
      return Responses.json(429, Map.of("message", "Too Many Requests"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_description", status == 503 ? "The authorization server is temporarily unavailable"
        : "Unexpected server error");
    body.put("error", status == 503 ? "temporarily_unavailable" : "server_error");
    return Responses.json(status, body);
  }

  private static String sessionCookie(Call call) {
    Cookie c = call.request().getCookies().get(AuthorizeEndpoint.SESSION_COOKIE);
    return c == null || c.getValue() == null || c.getValue().isEmpty() ? null : c.getValue();
  }
}
