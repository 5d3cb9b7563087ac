package io.github.councilplatform.sandbox.onelogin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The provider's published documents: discovery, JWKS, DID document and trustmark, with their caching. */
final class Documents {
  private static final String VOCAB = "https://vocab.account.gov.uk/v1/";
  /** The identity claims a client may request in {@code claims.userinfo}. */
  static final List<String> IDENTITY_CLAIMS = List.of(VOCAB + "passport", VOCAB + "drivingPermit",
      VOCAB + "coreIdentityJWT", VOCAB + "address", VOCAB + "inheritedIdentityJWT", VOCAB + "returnCode");

  /** The return code claim: asking for it turns a failed identity check into a code plus return codes. */
  static final String RETURN_CODE_CLAIM = VOCAB + "returnCode";

  private final Provider provider;

  Documents(Provider provider) {
    this.provider = provider;
  }

  /**
   * The discovery document, member for member and in the order of the real provider's
   * (WellknownHandler.java:84-130; its approved test fixture WellknownHandlerTest.shouldReturnExpectedResponseBody).
   * {@code id_token_signing_alg_values_supported} lists RS256 too, as when RSA signing is available.
   */
  ResponseDefinition discovery() {
    String b = provider.base;
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("authorization_endpoint", b + "/authorize");
    d.put("token_endpoint", b + "/token");
    d.put("registration_endpoint", b + "/connect/register");
    d.put("issuer", provider.issuer);
    d.put("jwks_uri", b + "/.well-known/jwks.json");
    // Only the standard scopes: ValidScopes.getScopesForWellKnownHandler (ValidScopes.java:91-98) leaves the
    // custom wallet-subject-id out, although /authorize accepts it.
    d.put("scopes_supported", List.of("openid", "email", "phone", "offline_access"));
    d.put("response_types_supported", List.of("code"));
    d.put("grant_types_supported", List.of("authorization_code"));
    d.put("code_challenge_methods_supported", List.of("S256"));
    d.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "client_secret_post"));
    d.put("token_endpoint_auth_signing_alg_values_supported",
        List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512"));
    d.put("ui_locales_supported", List.of("en", "cy"));
    d.put("service_documentation", "https://docs.sign-in.service.gov.uk/");
    d.put("op_policy_uri", "https://signin.account.gov.uk/privacy-notice");
    d.put("op_tos_uri", "https://signin.account.gov.uk/terms-and-conditions");
    d.put("request_parameter_supported", true);
    d.put("trustmarks", b + "/trustmark");
    d.put("subject_types_supported", List.of("public", "pairwise"));
    d.put("userinfo_endpoint", b + "/userinfo");
    d.put("end_session_endpoint", b + "/logout");
    d.put("id_token_signing_alg_values_supported", List.of("ES256", "RS256"));
    d.put("claim_types_supported", List.of("normal"));
    List<String> claims = new java.util.ArrayList<>(List.of("sub", "email", "email_verified", "phone_number",
        "phone_number_verified", "wallet_subject_id"));
    claims.addAll(IDENTITY_CLAIMS);
    d.put("claims_supported", claims);
    d.put("request_uri_parameter_supported", false);
    d.put("backchannel_logout_supported", true);
    d.put("backchannel_logout_session_supported", false);
    return cached(d, "max-age=86400");
  }

  ResponseDefinition jwks() {
    return cached(Map.of("keys", provider.keys.publicJwks()), "max-age=86400");
  }

  ResponseDefinition did() {
    Map<String, Object> method = new LinkedHashMap<>();
    method.put("type", "JsonWebKey");
    method.put("id", provider.didKid());
    method.put("controller", provider.didId);
    Map<String, Object> jwk = new LinkedHashMap<>(provider.didKey.toPublicJWK().toJSONObject());
    jwk.remove("kid");
    jwk.remove("use");
    jwk.remove("alg");
    method.put("publicKeyJwk", jwk);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"));
    doc.put("id", provider.didId);
    doc.put("assertionMethod", List.of(method));
    return cached(doc, "max-age=3600, private");
  }

  ResponseDefinition trustmark() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("idp", provider.issuer);
    t.put("trustmark_provider", provider.issuer);
    t.put("C", List.of("Cl", "Cl.Cm"));
    t.put("P", List.of("P0", "P1", "P2", "P3"));
    return Responses.json(200, t);
  }

  static ResponseDefinition cached(Object body, String cacheControl) {
    try {
      return Responses.of(200, Responses.JSON.writeValueAsBytes(body),
          new HttpHeader("Content-Type", "application/json"), new HttpHeader("Cache-Control", cacheControl));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
