package io.github.councilplatform.identity;

import java.net.URI;
import java.util.Objects;

/**
 * Where a One Login provider lives: the OpenID Connect issuer (everything else is discovered from
 * {@code <issuer>/.well-known/openid-configuration}), the separate issuer of core identity JWTs, and the URL
 * of the DID document holding the core identity signing keys. Use {@link OneLoginEnvironment} for the real
 * environments and {@link #of} for the sandbox or another test provider.
 *
 * @param issuer the OIDC issuer exactly as it appears in ID tokens' {@code iss}, for example
 *     {@code https://oidc.integration.account.gov.uk/}
 * @param identityIssuer the core identity JWT's {@code iss}, for example
 *     {@code https://identity.integration.account.gov.uk/}
 * @param didDocumentUrl the DID document URL; keys for core identity JWTs are taken only from here
 */
public record OneLoginEndpoints(String issuer, String identityIssuer, URI didDocumentUrl) {

  /**
   * Validates the endpoints.
   *
   * @throws IllegalArgumentException if a value is not an absolute http(s) URL
   */
  public OneLoginEndpoints {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(identityIssuer, "identityIssuer");
    Objects.requireNonNull(didDocumentUrl, "didDocumentUrl");
    requireHttp(URI.create(issuer), "issuer");
    requireHttp(URI.create(identityIssuer), "identityIssuer");
    requireHttp(didDocumentUrl, "didDocumentUrl");
  }

  /**
   * Custom endpoints, for the sandbox or another test provider.
   *
   * @param issuer the OIDC issuer, exactly as in ID tokens (mind the trailing slash)
   * @param identityIssuer the core identity issuer, exactly as in core identity JWTs
   * @param didDocumentUrl the DID document URL
   * @return the endpoints
   */
  public static OneLoginEndpoints of(String issuer, String identityIssuer, URI didDocumentUrl) {
    return new OneLoginEndpoints(issuer, identityIssuer, didDocumentUrl);
  }

  /**
   * Endpoints laid out as this SDK's sandbox serves them from one base URL: issuer {@code <base>/}, core
   * identity issuer {@code <base>/identity/}, DID document {@code <base>/identity/.well-known/did.json}.
   *
   * @param baseUrl the sandbox's base URL, for example {@code http://127.0.0.1:8089}
   * @return the endpoints
   */
  public static OneLoginEndpoints sandbox(String baseUrl) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return new OneLoginEndpoints(base, base + "identity/", URI.create(base + "identity/.well-known/did.json"));
  }

  /**
   * Endpoints laid out as the official One Login simulator serves them from one base URL: issuer
   * {@code <base>/}, core identity issuer the same, DID document {@code <base>/.well-known/did.json}.
   *
   * @param baseUrl the simulator's base URL, for example {@code http://localhost:3000}
   * @return the endpoints
   */
  public static OneLoginEndpoints simulator(String baseUrl) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return new OneLoginEndpoints(base, base, URI.create(base + ".well-known/did.json"));
  }

  /** The discovery document URL, {@code <issuer>/.well-known/openid-configuration}. */
  public URI discoveryUrl() {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return URI.create(base + "/.well-known/openid-configuration");
  }

  private static void requireHttp(URI uri, String name) {
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL; got: " + uri);
    }
  }
}
