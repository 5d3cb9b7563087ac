package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OneLoginAuthorizeTest {
  private OneLoginHarness rp;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    rp = new OneLoginHarness(sandbox);
  }

  private Map<String, String> errorRedirect(Map<String, String> params) {
    HttpResponse<String> r = rp.authorize(params);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String loc = OneLoginHarness.location(r);
    assertThat(loc).startsWith(rp.redirectUri + "?");
    return OneLoginHarness.query(loc);
  }

  @Test
  void unregisteredRedirectUriGetsA400PageAndNoRedirect() {
    Map<String, String> p = rp.authParams();
    p.put("redirect_uri", "https://evil.example.com/callback");
    HttpResponse<String> r = rp.authorize(p);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
  }

  @Test
  void unknownClientGetsA400Page() {
    Map<String, String> p = rp.authParams();
    p.put("client_id", "nobody");
    assertThat(rp.authorize(p).statusCode()).isEqualTo(400);
  }

  @Test
  void missingStateRedirectsWithoutState() {
    Map<String, String> p = rp.authParams();
    p.remove("state");
    Map<String, String> q = errorRedirect(p);
    assertThat(q).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Request is missing state parameter").doesNotContainKey("state");
  }

  @Test
  void missingNonceIsInvalidRequest() {
    Map<String, String> p = rp.authParams();
    p.remove("nonce");
    assertThat(errorRedirect(p)).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Request is missing nonce parameter").containsEntry("state", "state-123");
  }

  @Test
  void identityWithoutMediumCredentialTrustIsAnInvalidVtr() {
    for (String vtr : new String[] {"[\"Cl.P2\"]", "not json", "[\"Cl.Cm.P9\"]", "[]"}) {
      Map<String, String> p = rp.authParams();
      p.put("vtr", vtr);
      assertThat(errorRedirect(p)).as(vtr).containsEntry("error", "invalid_request")
          .containsEntry("error_description", "Request vtr not valid");
    }
  }

  @Test
  void unknownScopeIsInvalidScope() {
    Map<String, String> p = rp.authParams();
    p.put("scope", "openid profile");
    assertThat(errorRedirect(p)).containsEntry("error", "invalid_scope");
  }

  /**
   * What Nimbus's AuthenticationRequest.parse refuses is redirected as invalid_request "Invalid request"
   * (oidc-api AuthorisationHandler.java:262-267, generateParseExceptionResponse L942-963), before the state check.
   */
  @Test
  void unparseableRequestsAreRedirectedAsInvalidRequest() {
    for (String[] change : new String[][] {{"scope", "email"}, {"response_type", null}, {"max_age", "soon"},
        {"claims", "{not json"}, {"prompt", "sometimes"}}) {
      Map<String, String> p = rp.authParams();
      if (change[1] == null) {
        p.remove(change[0]);
      } else {
        p.put(change[0], change[1]);
      }
      assertThat(errorRedirect(p)).as(change[0]).containsEntry("error", "invalid_request")
          .containsEntry("error_description", "Invalid request").containsEntry("state", "state-123");
    }
    Map<String, String> p = rp.authParams();
    p.remove("redirect_uri");
    assertThat(rp.authorize(p).statusCode()).isEqualTo(400);
  }

  /** QueryParamsAuthorizeValidator.java:135: max_age=-1 means "not given"; below that is an error. */
  @Test
  void maxAgeMinusOneIsNotGiven() {
    Map<String, String> p = rp.authParams();
    p.put("max_age", "-1");
    assertThat(OneLoginHarness.location(rp.authorize(p))).startsWith(rp.base + "/sign-in?journey=");
    p.put("max_age", "-2");
    assertThat(errorRedirect(p)).containsEntry("error_description", "Max age is negative in query params");
  }

  @Test
  void unknownClaimIsInvalidRequest() {
    Map<String, String> p = rp.authParams();
    p.put("claims", "{\"userinfo\":{\"https://vocab.account.gov.uk/v1/shoeSize\":null}}");
    assertThat(errorRedirect(p)).containsEntry("error_description", "Request contains invalid claims");
  }

  @Test
  void plainPkceIsRejected() {
    Map<String, String> p = rp.authParams();
    p.put("code_challenge", "abc");
    p.put("code_challenge_method", "plain");
    assertThat(errorRedirect(p)).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Invalid value for code_challenge_method parameter.");
  }

  /** The real provider's text (oidc-api BaseAuthorizeValidator.validateCodeChallengeAndMethod), not the simulator's. */
  @Test
  void pkceEnforcedPerClient() {
    assertThat(rp.admin("PUT", "/clients/" + rp.clientId, "{\"pkceEnforced\":true}").statusCode()).isEqualTo(200);
    assertThat(errorRedirect(rp.authParams())).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Request is missing code_challenge parameter, but PKCE is enforced.");
  }

  /** oidc-api QueryParamsAuthorizeValidator.java:151-160, BaseAuthorizeValidator.validateChannel. */
  @Test
  void anUnknownChannelIsInvalidRequest() {
    Map<String, String> p = rp.authParams();
    p.put("channel", "carrier-pigeon");
    assertThat(errorRedirect(p)).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Invalid value for channel parameter.");
    p.put("channel", "generic_app");
    assertThat(rp.authorize(p).statusCode()).isEqualTo(302);
    assertThat(OneLoginHarness.location(rp.authorize(p))).startsWith(rp.base + "/sign-in?journey=");
  }

  /**
   * A well-formed identity vtr from a client without identity: "Request vtr is not permitted"
   * (oidc-api BaseAuthorizeValidator.errorIfIdentityLoCAndIdentityUnsupported, VTR_NOT_PERMITTED L36).
   */
  @Test
  void identityForAClientWithoutItIsNotPermitted() {
    rp.admin("PUT", "/clients/" + rp.clientId, "{\"identityVerificationSupported\":false}");
    Map<String, String> p = rp.authParams();
    p.put("vtr", "[\"Cl.Cm.P2\"]");
    assertThat(errorRedirect(p)).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Request vtr is not permitted");
  }

  @Test
  void selectAccountPromptAndRequestUriAreRefused() {
    Map<String, String> p = rp.authParams();
    p.put("prompt", "select_account");
    assertThat(errorRedirect(p)).containsEntry("error", "unmet_authentication_requirements");
    p = rp.authParams();
    p.put("request_uri", "https://rp.example.com/request.jwt");
    assertThat(errorRedirect(p)).containsEntry("error", "request_uri_not_supported");
    p = rp.authParams();
    p.put("response_type", "token");
    assertThat(errorRedirect(p)).containsEntry("error", "unsupported_response_type");
  }

  @Test
  void signInPageIsPlainAccessibleHtmlListingResidents() {
    Map<String, String> p = rp.authParams();
    HttpResponse<String> r = rp.authorize(p);
    HttpResponse<String> page = rp.get(OneLoginHarness.location(r));
    String html = page.body();
    assertThat(html).contains("<html lang=\"en\"", "<fieldset>", "<legend class=\"heading\">", "<label for=\"user-kenneth-decerqueira\"",
        "Kenneth Decerqueira", "Identity check failed, return codes X").doesNotContain("<script");
  }

  @Test
  void welshUiLocaleGivesAWelshPage() {
    Map<String, String> p = rp.authParams();
    p.put("ui_locales", "cy en");
    String html = rp.get(OneLoginHarness.location(rp.authorize(p))).body();
    assertThat(html).contains("<html lang=\"cy\"", "Dewiswch breswylydd prawf");
  }

  @Test
  void signInReturnsASingleCodeAndState() {
    String code = rp.codeFor(rp.authParams(), "kenneth-decerqueira");
    assertThat(code).hasSizeGreaterThan(30);
  }

  @Test
  void cancellingReturnsAccessDenied() {
    String page = OneLoginHarness.location(rp.authorize(rp.authParams()));
    String journey = OneLoginHarness.query(page).get("journey");
    HttpResponse<String> r = rp.postForm("/sign-in", Map.of("journey", journey, "action", "cancel"));
    assertThat(OneLoginHarness.query(OneLoginHarness.location(r))).containsEntry("error", "access_denied")
        .containsEntry("state", "state-123");
    assertThat(rp.postForm("/sign-in", Map.of("journey", journey, "user", "kenneth-decerqueira")).statusCode())
        .as("journey used up").isEqualTo(400);
  }

  @Test
  void identityForAResidentWithoutProvenIdentityIsAccessDeniedUnlessReturnCodesAsked() {
    Map<String, String> p = rp.identityParams();
    p.put("claims", "{\"userinfo\":{\"" + OneLoginHarness.CORE_IDENTITY + "\":null}}");
    String loc = rp.signInAs(p, "alex-sign-in-only");
    assertThat(OneLoginHarness.query(loc)).containsEntry("error", "access_denied");
    String withCodes = rp.signInAs(rp.identityParams(), "failed-identity-check");
    assertThat(OneLoginHarness.query(withCodes)).containsKey("code");
  }

  @Test
  void fragmentResponseModePutsTheCodeInTheFragment() {
    Map<String, String> p = rp.authParams();
    p.put("response_mode", "fragment");
    String loc = rp.signInAs(p, "kenneth-decerqueira");
    assertThat(loc).startsWith(rp.redirectUri + "#code=");
    p.put("response_mode", "form_post");
    assertThat(rp.authorize(p).statusCode()).isEqualTo(400);
  }

  @Test
  void autoApproveRedirectsStraightBackAndDeleteRestoresThePage() {
    HttpResponse<String> put = rp.admin("PUT", "/auto-approve", "{\"user\":\"kenneth-decerqueira\"}");
    assertThat(put.statusCode()).isEqualTo(200);
    HttpResponse<String> r = rp.authorize(rp.authParams());
    assertThat(OneLoginHarness.location(r)).startsWith(rp.redirectUri + "?code=");
    assertThat(rp.admin("PUT", "/auto-approve", "{\"user\":\"nobody\"}").statusCode()).isEqualTo(400);
    assertThat(rp.admin("DELETE", "/auto-approve", null).statusCode()).isEqualTo(200);
    assertThat(OneLoginHarness.location(rp.authorize(rp.authParams()))).startsWith(rp.base + "/sign-in?journey=");
  }
}
