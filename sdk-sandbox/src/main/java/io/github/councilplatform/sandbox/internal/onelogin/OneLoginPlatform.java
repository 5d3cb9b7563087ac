package io.github.councilplatform.sandbox.internal.onelogin;

import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Dispatcher;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
  private static final Set<String> PATHS = Set.of("/authorize", "/token", "/userinfo", "/logout", "/trustmark",
      "/sign-in");

  private final Provider provider;
  private final Documents documents;
  private final AuthorizeEndpoint authorize;
  private final SignInEndpoint signIn;
  private final TokenEndpoint token;
  private final UserInfoEndpoint userInfo;
  private final LogoutEndpoint logout;
  private final OneLoginAdmin admin;

  /** Creates the platform with the sandbox's shared context; generates its keys and the seeded client. */
  public OneLoginPlatform(SandboxContext context) {
    this.provider = new Provider(context);
    TokenSigner signer = new TokenSigner(provider);
    this.documents = new Documents(provider);
    this.authorize = new AuthorizeEndpoint(provider);
    this.signIn = new SignInEndpoint(provider, authorize);
    this.token = new TokenEndpoint(provider, signer);
    this.userInfo = new UserInfoEndpoint(provider, signer);
    this.logout = new LogoutEndpoint(provider, signer);
    this.admin = new OneLoginAdmin(provider);
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.ONE_LOGIN;
  }

  @Override
  public boolean handles(String path) {
    return PATHS.contains(path) || path.startsWith("/.well-known/") || path.startsWith("/identity/")
        || path.startsWith("/sign-in/");
  }

  @Override
  public ResponseDefinition handle(Request request) {
    String path = Dispatcher.pathOf(request.getUrl());
    RequestMethod m = request.getMethod();
    boolean get = m.equals(RequestMethod.GET);
    switch (path) {
      case "/.well-known/openid-configuration":
        return get ? documents.discovery() : notAllowed();
      case "/.well-known/jwks.json":
        return get ? documents.jwks() : notAllowed();
      case "/identity/.well-known/did.json", "/identity/did.json":
        return get ? documents.did() : notAllowed();
      case "/trustmark":
        return get ? documents.trustmark() : notAllowed();
      case "/authorize":
        if (get) {
          return authorize.handle(Params.query(request.getUrl()), sessionCookie(request));
        }
        return m.equals(RequestMethod.POST) ? authorize.handle(form(request), sessionCookie(request)) : notAllowed();
      case "/sign-in":
        if (get) {
          return signIn.show(Params.query(request.getUrl()));
        }
        return m.equals(RequestMethod.POST) ? signIn.submit(form(request), sessionCookie(request)) : notAllowed();
      case "/sign-in/signed-out":
        return Pages.signedOut(null);
      case "/sign-in/error":
        return Pages.error(400, Params.query(request.getUrl()).getOrDefault("error_description", "Invalid request"));
      case "/token":
        return m.equals(RequestMethod.POST) ? token.handle(form(request)) : notAllowed();
      case "/userinfo":
        return get || m.equals(RequestMethod.POST)
            ? userInfo.handle(request.containsHeader("Authorization") ? request.getHeader("Authorization") : null)
            : notAllowed();
      case "/logout":
        return get ? logout.handle(Params.query(request.getUrl()), sessionCookie(request)) : notAllowed();
      default:
        return Responses.json(404, Map.of("message", "Not Found"));
    }
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

  private static String sessionCookie(Request request) {
    Cookie c = request.getCookies().get(AuthorizeEndpoint.SESSION_COOKIE);
    return c == null || c.getValue() == null || c.getValue().isEmpty() ? null : c.getValue();
  }

  private static Map<String, String> form(Request request) {
    return Params.decode(new String(request.getBody(), StandardCharsets.UTF_8));
  }

  private static ResponseDefinition notAllowed() {
    return Responses.of(405, "{\"message\":\"Method Not Allowed\"}".getBytes(StandardCharsets.UTF_8),
        new HttpHeader("Content-Type", "application/json"));
  }
}
