package io.github.councilplatform.identity;

import java.net.URI;

/** GOV.UK One Login's real environments. */
public enum OneLoginEnvironment {
  /** The integration (test) environment. */
  INTEGRATION(new OneLoginEndpoints("https://oidc.integration.account.gov.uk/",
      "https://identity.integration.account.gov.uk/",
      URI.create("https://identity.integration.account.gov.uk/.well-known/did.json"))),
  /** Production. Production clients have their own client ID and key. */
  PRODUCTION(new OneLoginEndpoints("https://oidc.account.gov.uk/", "https://identity.account.gov.uk/",
      URI.create("https://identity.account.gov.uk/.well-known/did.json")));

  private final OneLoginEndpoints endpoints;

  OneLoginEnvironment(OneLoginEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  /** The environment's issuer, core identity issuer and DID document URL. */
  public OneLoginEndpoints endpoints() {
    return endpoints;
  }
}
