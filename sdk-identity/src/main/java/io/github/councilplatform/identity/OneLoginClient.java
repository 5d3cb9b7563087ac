package io.github.councilplatform.identity;

import com.nimbusds.jose.JWSAlgorithm;
import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.PlatformClientBuilder;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.internal.Authenticator;
import io.github.councilplatform.core.internal.ClientBuilders;
import io.github.councilplatform.core.internal.MissingSetting;
import io.github.councilplatform.core.internal.PlatformRules;
import io.github.councilplatform.identity.internal.ClientKey;
import io.github.councilplatform.identity.internal.RelyingParty;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A GOV.UK One Login relying party: starts and finishes sign-ins (with PKCE, nonce and state), verifies ID
 * tokens and core identity JWTs, builds the logout redirect and verifies back-channel logout tokens.
 * Immutable and thread-safe; build one per client registration and share it.
 *
 * <pre>{@code
 * OneLoginClient oneLogin = OneLoginClient.builder()
 *     .environment(OneLoginEnvironment.INTEGRATION)
 *     .clientId(System.getenv("ONE_LOGIN_CLIENT_ID"))
 *     .privateKeyPem(System.getenv("ONE_LOGIN_PRIVATE_KEY"))
 *     .redirectUri(URI.create("https://council.example/sign-in/callback"))
 *     .build();
 *
 * SignInStart start = oneLogin.startSignIn(SignInOptions.defaults());
 * session.put("one-login", start.session());            // then redirect to start.authorizationUri()
 * SignInResult user = oneLogin.finishSignIn(callbackUri, (SignInSession) session.get("one-login"));
 * }</pre>
 *
 * <p>Discovery, JWKS and DID documents are fetched on first use, cached per {@code Cache-Control}, and used
 * stale while One Login is unreachable; keys are fetched again (at most every 30 s) when a token names an
 * unknown key, so key rotation needs no restart. Every HTTP call goes through the SDK transport (User-Agent,
 * timeouts, retry of GETs); the token request is never resent once it may have reached One Login.
 */
public final class OneLoginClient implements OneLoginApi {
  private final RelyingParty rp;
  private final ClientKey clientKey;
  private final String description;
  private final BackChannelLogoutVerifier logoutVerifier;

  private OneLoginClient(RelyingParty rp, ClientKey clientKey, String description) {
    this.rp = rp;
    this.logoutVerifier = new LogoutVerifier(rp);
    this.clientKey = clientKey;
    this.description = description;
  }

  /**
   * A builder. Required: {@link Builder#clientId}, {@link Builder#privateKeyPem}, {@link Builder#redirectUri},
   * and an environment ({@link Builder#environment}, {@link Builder#endpoints} or {@link Builder#baseUrl}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a sign-in: fetches (or reuses) the discovery document and builds the authorize URL with a fresh
   * {@code state}, {@code nonce} and PKCE S256 challenge.
   *
   * @param options what to ask for
   * @return the URL to redirect the browser to, and the value to keep in the user's session
   * @throws CouncilPlatformException if the discovery document cannot be fetched and none is cached
   */
  public SignInStart startSignIn(SignInOptions options) {
    return rp.start(Objects.requireNonNull(options, "options"));
  }

  /**
   * Starts a sign-in with {@link SignInOptions#defaults()} (medium authentication, email scope).
   *
   * @return the URL to redirect the browser to, and the value to keep in the user's session
   * @throws CouncilPlatformException if the discovery document cannot be fetched and none is cached
   */
  public SignInStart startSignIn() {
    return startSignIn(SignInOptions.defaults());
  }

  /**
   * Finishes a sign-in from the callback One Login redirected the browser to. In order: checks {@code state}
   * against the session (before anything else), turns an {@code error} into an exception, exchanges the code
   * with a {@code private_key_jwt} assertion and the PKCE verifier, verifies the ID token, calls userinfo, and
   * when identity was requested verifies the core identity JWT.
   *
   * @param callbackUri the full callback URL, including its query
   * @param session the value {@link #startSignIn} returned for this user
   * @return the signed-in user
   * @throws StateMismatchException if {@code state} is missing or not this session's, or the session or the
   *     callback is {@code null}
   * @throws AuthorizationErrorException if One Login sent an error instead of a code
   * @throws SignInFailedException if the callback carries no code
   * @throws TokenValidationException if the ID token, the userinfo response or the core identity fails a check,
   *     including a core identity credential or identity claim not in One Login's documented shape
   *     ({@link TokenProblem#SHAPE}): such a sign-in never ends as {@link IdentityOutcome#PROVEN}
   * @throws io.github.councilplatform.core.InvalidRequestException if the token endpoint refuses the code
   *     ({@code errorCode()} is the OAuth error, e.g. {@code invalid_grant})
   * @throws io.github.councilplatform.core.AuthenticationException if userinfo refuses the access token
   * @throws io.github.councilplatform.core.OutcomeUnknownException if the token request failed after it
   *     may have reached One Login (start a new sign-in: codes are single-use)
   * @throws CouncilPlatformException for other transport failures
   */
  public SignInResult finishSignIn(URI callbackUri, SignInSession session) {
    // Both come from the request: a missing session (expired, or another browser) is a refusal, not a bug.
    if (session == null) {
      throw new StateMismatchException("There is no sign-in session for this callback (it expired, or the sign-in"
          + " was started in another browser), so the callback cannot be checked; start a new sign-in.");
    }
    if (callbackUri == null) {
      throw new StateMismatchException("There is no callback URI (null), so it has no state to check; start a new"
          + " sign-in.");
    }
    return rp.finish(callbackUri, session);
  }

  /**
   * The URL to redirect the browser to so One Login ends its session too: {@code id_token_hint}, the
   * configured {@code post_logout_redirect_uri} (if any) and {@code state}. End your own session first.
   *
   * @param idTokenHint the user's ID token ({@link SignInResult#idToken()}); required when a post-logout
   *     redirect URI is configured
   * @param state a value One Login echoes to the post-logout redirect URI, or {@code null}
   * @return the end-session URL
   * @throws RequestValidationException if a post-logout redirect URI is configured and no hint is given
   * @throws CouncilPlatformException if the discovery document cannot be fetched and none is cached
   */
  public URI endSessionUri(String idTokenHint, String state) {
    return rp.endSession(idTokenHint, state);
  }

  /**
   * The verifier for One Login's back-channel logout requests: {@code verify(request::getHeader, body)}, or
   * {@code verifyLogoutToken(token)} with the form parameter already read. See
   * {@link BackChannelLogoutVerifier} for the checks and how to answer.
   *
   * @return the verifier; it shares this client's keys and {@link ReplayStore}
   */
  @Override
  public BackChannelLogoutVerifier backChannelLogoutVerifier() {
    return logoutVerifier;
  }

  /**
   * The public half of the client key as a JWKS document, for a service that registers a JWKS URL with One
   * Login instead of a static key (set {@link Builder#privateKeyId} then).
   *
   * @return a JSON Web Key Set holding only the public key
   */
  public String publicJwks() {
    return clientKey.publicJwks();
  }

  /**
   * Releases the connection pools and dispatchers this client created for One Login's origins; an
   * {@code OkHttpClient} passed to {@link Builder#httpClient} is not touched. Idempotent.
   */
  @Override
  public ClientHealth health() {
    return rp.health();
  }

  @Override
  public void close() {
    rp.close();
  }

  /** Describes the configuration; never shows the private key. */
  @Override
  public String toString() {
    return description;
  }

  /** The client's back-channel logout verifier: one per client, so its toString says what it is. */
  private record LogoutVerifier(RelyingParty rp) implements BackChannelLogoutVerifier {
    @Override
    public BackChannelLogout verifyLogoutToken(String logoutToken) {
      // A null token is refused by the verifier's own checks, with TokenValidationException.
      return new BackChannelLogout(rp.verifyLogoutToken(logoutToken));
    }

    @Override
    public String toString() {
      return "BackChannelLogoutVerifier{one-login}";
    }
  }

  /** Builds a {@link OneLoginClient}; shares the core options (timeouts, retry, clock, User-Agent suffix). */
  public static final class Builder extends PlatformClientBuilder<Builder> {
    private OneLoginEndpoints endpoints;
    private String clientId;
    private boolean clientIdGivenNull;
    private String privateKeyPem;
    private boolean privateKeyGivenNull;
    private String privateKeyId;
    private URI redirectUri;
    private URI postLogoutRedirectUri;
    private IdTokenSigningAlgorithm idTokenAlgorithm = IdTokenSigningAlgorithm.ES256;
    private ClientAssertionAlgorithm assertionAlgorithm = ClientAssertionAlgorithm.RS256;
    private Duration clockSkew = Duration.ofSeconds(30);
    private ReplayStore replayStore;
    private Set<String> trustedAudiences = Set.of();

    private Builder() {}

    /**
     * Points the client at this SDK's sandbox: the same as {@code endpoints(OneLoginEndpoints.sandbox(baseUrl))}
     * unless {@link #environment} or {@link #endpoints} is also set, which win.
     *
     * @param baseUrl the sandbox's base URL
     * @return this builder
     */
    @Override
    public Builder baseUrl(String baseUrl) {
      return super.baseUrl(baseUrl);
    }

    /**
     * Uses one of One Login's real environments.
     *
     * @param environment integration or production
     * @return this builder
     */
    public Builder environment(OneLoginEnvironment environment) {
      this.endpoints = Objects.requireNonNull(environment, "environment").endpoints();
      return this;
    }

    /**
     * Uses custom endpoints: the sandbox or another test provider.
     *
     * @param endpoints the issuer, core identity issuer and DID document URL
     * @return this builder
     */
    public Builder endpoints(OneLoginEndpoints endpoints) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
      return this;
    }

    /**
     * The OAuth client id One Login issued.
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      // null is most often System.getenv of an unset variable: build() says so, naming the setting.
      this.clientId = clientId;
      this.clientIdGivenNull = clientId == null;
      return this;
    }

    /**
     * The client's RSA private key, PKCS#8 PEM (armoured as {@code BEGIN PRIVATE KEY}); its public half is
     * registered with One Login. Never logged or printed.
     *
     * @param pem the PEM text
     * @return this builder
     */
    public Builder privateKeyPem(String pem) {
      this.privateKeyPem = pem;
      this.privateKeyGivenNull = pem == null;
      return this;
    }

    /**
     * The {@code kid} to put in client assertions, needed when One Login reads your public key from a JWKS
     * URL rather than a static key.
     *
     * @param keyId the key id in your JWKS
     * @return this builder
     */
    public Builder privateKeyId(String keyId) {
      this.privateKeyId = Objects.requireNonNull(keyId, "keyId");
      return this;
    }

    /**
     * The redirect URI registered with One Login, where the browser returns after sign-in.
     *
     * @param uri an absolute URI
     * @return this builder
     */
    public Builder redirectUri(URI uri) {
      this.redirectUri = absolute(uri, "redirectUri");
      return this;
    }

    /**
     * The post-logout redirect URI registered with One Login (optional).
     *
     * @param uri an absolute URI
     * @return this builder
     */
    public Builder postLogoutRedirectUri(URI uri) {
      this.postLogoutRedirectUri = absolute(uri, "postLogoutRedirectUri");
      return this;
    }

    /**
     * The ID token algorithm your client is registered for (default ES256). Logout tokens are always ES256.
     *
     * @param algorithm ES256 or RS256
     * @return this builder
     */
    public Builder idTokenSigningAlgorithm(IdTokenSigningAlgorithm algorithm) {
      this.idTokenAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /**
     * The client assertion algorithm (default RS256).
     *
     * @param algorithm RS256 or PS256
     * @return this builder
     */
    public Builder clientAssertionAlgorithm(ClientAssertionAlgorithm algorithm) {
      this.assertionAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /**
     * How far token times may be off from this server's clock (default 30 s; One Login's ID tokens live
     * only 120 s). Keep the clock synchronised with NTP rather than raising this.
     *
     * @param skew zero to 5 minutes
     * @return this builder
     */
    public Builder clockSkew(Duration skew) {
      Objects.requireNonNull(skew, "skew");
      if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("clockSkew must be between 0 and 5 minutes; got " + skew);
      }
      this.clockSkew = skew;
      return this;
    }

    /**
     * Where logout token ids are remembered to refuse replays (default {@link ReplayStore#inMemory()}, one per
     * client). Use a shared store when the service runs on several instances.
     *
     * @param store the store
     * @return this builder
     */
    public Builder replayStore(ReplayStore store) {
      this.replayStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Audiences besides this client that a token's {@code aud} may also name (default none). OpenID Connect
     * Core 3.1.3.7 (3) says to reject a token naming any audience the client does not trust, so by default a
     * token whose {@code aud} lists this client and anything else is refused. A token with several audiences
     * must still carry {@code azp} equal to this client's id, and {@code azp}, when present, must always be
     * this client's id. One Login issues tokens to a single client, so most services never need this.
     *
     * @param audiences the other client ids or audience values to trust
     * @return this builder
     * @throws IllegalArgumentException if an audience is blank
     */
    public Builder trustedAudiences(Collection<String> audiences) {
      Objects.requireNonNull(audiences, "audiences");
      for (String a : audiences) {
        if (a == null || a.isBlank()) {
          throw new IllegalArgumentException("trustedAudiences must not contain a null or blank audience");
        }
      }
      this.trustedAudiences = Set.copyOf(audiences);
      return this;
    }

    /**
     * Builds the client. Nothing is fetched yet.
     *
     * @return the client
     * @throws IllegalStateException if a required setting is missing
     * @throws IllegalArgumentException if the private key cannot be read
     */
    public OneLoginClient build() {
      OneLoginEndpoints ep = endpoints != null ? endpoints
          : baseUrlOr(null) != null ? OneLoginEndpoints.sandbox(baseUrlOr(null)) : null;
      require(ep, "an environment: call environment(OneLoginEnvironment.INTEGRATION), endpoints(...) or baseUrl(...)");
      if (clientId == null) {
        throw MissingSetting.exception("OneLoginClient", "clientId", clientIdGivenNull, "ONE_LOGIN_CLIENT_ID",
            "the client id GOV.UK One Login issued when your service was registered");
      }
      if (privateKeyPem == null) {
        throw MissingSetting.exception("OneLoginClient", "privateKeyPem", privateKeyGivenNull,
            "ONE_LOGIN_PRIVATE_KEY", "your RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY), whose public half is"
            + " registered with GOV.UK One Login");
      }
      require(redirectUri, "redirectUri");
      if (clientId.isBlank()) {
        throw new IllegalStateException("clientId must not be blank");
      }
      ClientKey key = ClientKey.fromPem(privateKeyPem, privateKeyId, JWSAlgorithm.parse(assertionAlgorithm.name()));
      RelyingParty rp = new RelyingParty(new RelyingParty.Config(ep, clientId, trustedAudiences, key,
          JWSAlgorithm.parse(idTokenAlgorithm.name()), redirectUri, postLogoutRedirectUri, clockSkew,
          replayStore != null ? replayStore : ReplayStore.inMemory(), clock(),
          ClientBuilders.transportSettings(this, "one-login", ep.issuer(), PlatformRules.named("GOV.UK One Login"),
              Authenticator.none())));
      String description = "OneLoginClient{issuer=" + ep.issuer() + ", identityIssuer=" + ep.identityIssuer()
          + ", clientId=" + clientId + ", redirectUri=" + redirectUri + ", idTokenSigningAlgorithm="
          + idTokenAlgorithm + ", clientAssertionAlgorithm=" + assertionAlgorithm + ", clockSkew=" + clockSkew
          + (trustedAudiences.isEmpty() ? "" : ", trustedAudiences=" + new TreeSet<>(trustedAudiences))
          + ", privateKey=****}";
      return new OneLoginClient(rp, key, description);
    }

    /** Describes the configuration; never shows the private key. */
    @Override
    public String toString() {
      return "OneLoginClient.Builder{endpoints=" + endpoints + ", clientId=" + clientId + ", redirectUri="
          + redirectUri + ", privateKey=" + (privateKeyPem == null ? "<unset>" : "****") + ", " + super.toString()
          + '}';
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException("OneLoginClient needs " + name);
      }
    }

    private static URI absolute(URI uri, String name) {
      Objects.requireNonNull(uri, name);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException(name + " must be an absolute URI; got " + uri);
      }
      return uri;
    }
  }
}
