package io.github.councilplatform.sandbox;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The credentials a sandbox seeds at start, the same across {@link Sandbox#reset()}: what {@code GET /_sandbox}
 * returns, typed. {@code toString()} shows no key, secret or private key.
 *
 * @param baseUrl the base URL every client should use
 * @param notifyService GOV.UK Notify's seeded service: keys, template ids, reply-to and sender ids (not
 *     {@code notify}, which Java keeps for {@link Object#notify()})
 * @param pay GOV.UK Pay's API key and webhook signing secret
 * @param oneLogin GOV.UK One Login's provider URLs and the seeded client
 */
public record SandboxCredentials(URI baseUrl, NotifyService notifyService, Pay pay, OneLogin oneLogin) {

  /**
   * Checks that no part is missing.
   *
   * @param baseUrl the base URL
   * @param notifyService the Notify service
   * @param pay the Pay account
   * @param oneLogin the One Login provider and client
   */
  public SandboxCredentials {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(notifyService, "notifyService");
    Objects.requireNonNull(pay, "pay");
    Objects.requireNonNull(oneLogin, "oneLogin");
  }

  /**
   * The seeded Notify service.
   *
   * @param serviceId the service id (the middle of every key)
   * @param liveApiKey the live key: messages are "delivered" and shown on {@code /_sandbox/notify}
   * @param teamApiKey the team and guest list key: only to the team's addresses and numbers
   * @param testApiKey the test key: accepted, never delivered
   * @param templateIds the seeded template of each type
   * @param emailReplyToId the service's email reply-to address id ({@code email_reply_to_id})
   * @param smsSenderId the service's text message sender id ({@code sms_sender_id})
   */
  public record NotifyService(String serviceId, String liveApiKey, String teamApiKey, String testApiKey,
      TemplateIds templateIds, String emailReplyToId, String smsSenderId) {
    @Override
    public String toString() {
      return "NotifyService{serviceId=" + serviceId + ", keys=***, templateIds=" + templateIds + ", emailReplyToId="
          + emailReplyToId + ", smsSenderId=" + smsSenderId + '}';
    }
  }

  /**
   * The seeded Notify templates, one of each type.
   *
   * @param email the email template id
   * @param sms the text message template id
   * @param letter the letter template id
   */
  public record TemplateIds(String email, String sms, String letter) {}

  /**
   * The seeded Pay account.
   *
   * @param apiKey the API key ({@code api_test_…})
   * @param webhookSigningSecret the secret webhook messages are signed with
   */
  public record Pay(String apiKey, String webhookSigningSecret) {
    @Override
    public String toString() {
      return "Pay{apiKey=***, webhookSigningSecret=***}";
    }
  }

  /**
   * The sandbox's One Login provider and its seeded client.
   *
   * @param issuer the provider's issuer (its base URL)
   * @param identityIssuer the issuer of identity credentials
   * @param didUrl where the identity signing keys are published (DID document)
   * @param clientId the seeded client's id
   * @param privateKeyPem the seeded client's private key (PKCS#8 PEM), for {@code private_key_jwt}
   * @param redirectUri the seeded client's redirect URI (the registration may hold more:
   *     {@link OneLoginSandbox#redirectUris()})
   * @param postLogoutRedirectUri the seeded client's post-logout redirect URI
   * @param residents the ids of the test residents one can sign in as
   */
  public record OneLogin(URI issuer, URI identityIssuer, URI didUrl, String clientId, String privateKeyPem,
      URI redirectUri, URI postLogoutRedirectUri, List<String> residents) {
    /**
     * Copies the residents.
     *
     * @param issuer the issuer
     * @param identityIssuer the identity issuer
     * @param didUrl the DID document URL
     * @param clientId the client id
     * @param privateKeyPem the client's private key
     * @param redirectUri the redirect URI
     * @param postLogoutRedirectUri the post-logout redirect URI
     * @param residents the test residents' ids
     */
    public OneLogin {
      residents = List.copyOf(residents);
    }

    @Override
    public String toString() {
      return "OneLogin{issuer=" + issuer + ", clientId=" + clientId + ", privateKeyPem=***, redirectUri="
          + redirectUri + ", postLogoutRedirectUri=" + postLogoutRedirectUri + ", residents=" + residents + '}';
    }
  }

  /** Reads the {@code GET /_sandbox} document. */
  @SuppressWarnings("unchecked")
  static SandboxCredentials of(Map<String, Object> info) {
    Map<String, Object> n = (Map<String, Object>) info.get("notify");
    Map<String, Object> t = (Map<String, Object>) n.get("templates");
    Map<String, Object> p = (Map<String, Object>) info.get("pay");
    Map<String, Object> o = (Map<String, Object>) info.get("oneLogin");
    return new SandboxCredentials(URI.create(s(info, "baseUrl")),
        new NotifyService(s(n, "serviceId"), s(n, "apiKey"), s(n, "teamApiKey"), s(n, "testApiKey"),
            new TemplateIds(s(t, "email"), s(t, "sms"), s(t, "letter")), s(n, "emailReplyToId"),
            s(n, "smsSenderId")),
        new Pay(s(p, "apiKey"), s(p, "webhookSigningSecret")),
        new OneLogin(URI.create(s(o, "issuer")), URI.create(s(o, "identityIssuer")), URI.create(s(o, "didUrl")),
            s(o, "clientId"), s(o, "privateKeyPem"), URI.create(s(o, "redirectUri")),
            URI.create(s(o, "postLogoutRedirectUri")), (List<String>) o.get("users")));
  }

  private static String s(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  @Override
  public String toString() {
    return "SandboxCredentials{baseUrl=" + baseUrl + ", notifyService=" + notifyService + ", pay=" + pay + ", oneLogin="
        + oneLogin + '}';
  }
}
