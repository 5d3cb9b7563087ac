package io.github.councilplatform.sandbox.onelogin;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.internal.Responses;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /logout}: RP-initiated logout. Like the real provider it checks only the {@code id_token_hint}'s
 * signature (not its expiry), redirects errors to its own error page rather than to the RP, ends the session
 * and POSTs an ES256 logout token to each signed-in client's registered back-channel logout URI.
 */
final class LogoutEndpoint {
  private final Provider provider;
  private final TokenSigner signer;

  LogoutEndpoint(Provider provider, TokenSigner signer) {
    this.provider = provider;
    this.signer = signer;
  }

  ResponseDefinition handle(Map<String, String> p, String sessionCookie) {
    String hint = p.get("id_token_hint");
    String target = p.get("post_logout_redirect_uri");
    String state = p.get("state");
    // The browser's session ends whatever the parameters say: the real LogoutRequest builds its
    // destroy-sessions request from the session cookie before it looks at them (oidc-api LogoutRequest.java:69-76),
    // and LogoutService.handleLogout destroys it even when it then shows an error.
    Provider.Session session = sessionCookie == null ? null : provider.sessions.remove(sessionCookie);
    endSession(session);
    if (hint == null || hint.isBlank()) {
      return redirect(provider.base + "/sign-in/signed-out", state);
    }
    JWTClaimsSet claims = verifiedHint(hint);
    if (claims == null) {
      return errorPage("invalid_request", "unable to validate id_token_hint", state);
    }
    List<String> aud = claims.getAudience();
    if (aud == null || aud.isEmpty() || claims.getSubject() == null) {
      // LogoutRequest.java:116-118: a hint without aud or sub gives the default signed-out page, no error.
      return redirect(provider.base + "/sign-in/signed-out", state);
    }
    ClientRegistration client = provider.clients.get(aud.get(0));
    if (client == null) {
      // LogoutRequest.java:121-127: unauthorized_client.
      return errorPage("unauthorized_client", "client not found", state);
    }
    if (target != null && !client.postLogoutRedirectUris().contains(target)) {
      return errorPage("invalid_request", "client registry does not contain post_logout_redirect_uri", state);
    }
    if (session == null && claims.getClaim("sid") != null) {
      // Sandbox convenience for HTTP clients without the cookie: the hint's sid names the session.
      endSession(provider.sessions.remove(claims.getClaim("sid").toString()));
    }
    return redirect(target == null ? provider.base + "/sign-in/signed-out" : target, state);
  }

  /** Ends a session: a logout token to each of its clients that registered a back-channel logout URI. */
  private void endSession(Provider.Session session) {
    if (session == null) {
      return;
    }
    for (String clientId : session.clientIds()) {
      ClientRegistration c = provider.clients.get(clientId);
      if (c != null && c.backChannelLogoutUri() != null) {
        sendLogoutToken(c, session.resident().subjectFor(clientId));
      }
    }
  }

  private void sendLogoutToken(ClientRegistration client, String subject) {
    String token = signer.logoutToken(client.clientId(), subject);
    String uri = client.backChannelLogoutUri();
    byte[] body = Params.encode(Map.of("logout_token", token)).getBytes(StandardCharsets.US_ASCII);
    // Delivered off the request thread, as the real provider queues it.
    provider.context.scheduler().schedule(provider.now(), () -> {
      int status = provider.context.outbound().post(uri, Map.of(
          "Content-Type", "application/x-www-form-urlencoded", "User-Agent", "GOV.UK One Login sandbox"), body);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("clientId", client.clientId());
      record.put("uri", uri);
      record.put("sub", subject);
      record.put("status", status);
      record.put("at", Instant.now(provider.context.clock()).toString());
      provider.logoutDeliveries.add(record);
    });
  }

  private JWTClaimsSet verifiedHint(String hint) {
    try {
      SignedJWT jwt = SignedJWT.parse(hint);
      String kid = jwt.getHeader().getKeyID();
      JWK key = kid == null ? null : provider.keys.publishedKey(kid);
      if (key == null) {
        return null;
      }
      JWSVerifier verifier = key instanceof ECKey ec ? new ECDSAVerifier(ec.toECPublicKey())
          : new RSASSAVerifier(((RSAKey) key).toRSAPublicKey());
      return jwt.verify(verifier) ? jwt.getJWTClaimsSet() : null;
    } catch (ParseException | JOSEException e) {
      return null;
    }
  }

  private ResponseDefinition errorPage(String code, String description, String state) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("error_code", code);
    params.put("error_description", description);
    params.put("state", state);
    return Responses.redirect(Params.append(provider.base + "/sign-in/error", params, false));
  }

  private static ResponseDefinition redirect(String uri, String state) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("state", state);
    return ResponseDefinitionBuilder.like(Responses.redirect(state == null ? uri : Params.append(uri, params, false)))
        .withHeader("Set-Cookie", AuthorizeEndpoint.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")
        .build();
  }
}
