package io.github.councilplatform.sandbox.internal.onelogin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.StartupTask;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox provider's state and configuration: issuers, keys, registered clients, residents, pending
 * journeys, codes, tokens, sessions and injected errors. Everything reads time from the sandbox clock.
 * Thread-safe (concurrent maps; compound updates synchronised).
 */
final class Provider {
  static final String SEEDED_REDIRECT_URI = "http://localhost:8080/oidc/authorization-code/callback";
  static final String SEEDED_POST_LOGOUT_URI = "http://localhost:8080/signed-out";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHANUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  final SandboxContext context;
  final String base;
  final String issuer;
  final String identityIssuer;
  final String didId;
  final String didUrl;
  final SigningKeys keys;
  final ECKey didKey;
  final String seededClientId;
  final RSAKey seededClientKey;
  final Scenarios scenarios = new Scenarios();

  final Map<String, ClientRegistration> clients = new ConcurrentHashMap<>();
  final Map<String, Resident> residents = Collections.synchronizedMap(new LinkedHashMap<>());
  final Map<String, Journey> journeys = new ConcurrentHashMap<>();
  final Map<String, Grant> codes = new ConcurrentHashMap<>();
  final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
  final Map<String, Session> sessions = new ConcurrentHashMap<>();
  final List<Map<String, Object>> logoutDeliveries = Collections.synchronizedList(new ArrayList<>());
  volatile String autoApproveUser;

  /** A journey waiting on the sign-in page. */
  record Journey(AuthRequest request, Instant expires) {}

  /** How long a One Login session lasts after its last use, as the real provider's. */
  static final java.time.Duration SESSION_IDLE_LIFETIME = java.time.Duration.ofHours(1);

  /** A One Login session: who, which clients they signed in to, and when it was last used. */
  record Session(String sid, Resident resident, Set<String> clientIds,
      java.util.concurrent.atomic.AtomicReference<Instant> lastActive) {}

  Provider(SandboxContext context) {
    this.context = context;
    this.base = context.baseUrl();
    this.issuer = base + "/";
    this.identityIssuer = base + "/identity/";
    URI u = URI.create(base);
    String host = u.getHost() + (u.getPort() > 0 ? "%3A" + u.getPort() : "");
    this.didId = "did:web:" + host + ":identity";
    this.didUrl = base + "/identity/.well-known/did.json";
    this.seededClientId = randomAlphanumeric(32);
    // Two 2048-bit RSA keys are most of the sandbox's own start-up work, and each is one thread's prime search:
    // the seeded client's is found on a second thread while this one makes the provider's keys.
    StartupTask<RSAKey> clientKey = StartupTask.fork("sandbox-one-login-client-key", SigningKeys::newRsa);
    this.keys = new SigningKeys();
    this.didKey = SigningKeys.newEc();
    this.seededClientKey = clientKey.join();
    reset();
  }

  /** Forgets all state and re-seeds the client and residents; keys and credentials stay the same. */
  void reset() {
    keys.reset();
    scenarios.clear();
    clients.clear();
    clients.put(seededClientId, seededClient());
    synchronized (residents) {
      residents.clear();
      for (Resident r : Residents.seeded()) {
        residents.put(r.id(), r);
      }
    }
    journeys.clear();
    codes.clear();
    accessTokens.clear();
    sessions.clear();
    logoutDeliveries.clear();
    autoApproveUser = null;
  }

  private ClientRegistration seededClient() {
    return new ClientRegistration(seededClientId, List.of(SEEDED_REDIRECT_URI), List.of(SEEDED_POST_LOGOUT_URI),
        seededClientKey.toPublicJWK(), null, new LinkedHashSet<>(List.of("openid", "email", "phone",
            "wallet-subject-id")), JWSAlgorithm.ES256, false, true, null, false);
  }

  /** Sandbox time: drives lifecycles (codes, access tokens, journeys, sessions). */
  Instant now() {
    return context.clock().instant();
  }

  /**
   * The time written into the tokens the provider issues ({@code iat}, {@code exp}, {@code nbf}): the host's
   * real time, because the relying parties that check them live in real time; the sandbox clock moves the
   * provider, never its callers' trust checks.
   */
  Instant issuedAt() {
    return context.clock().realInstant();
  }

  /**
   * A sandbox-time instant as the real time it stands for now: the same age in the past (or distance in the
   * future). Used for {@code auth_time}, so an RP on the system clock sees a sign-in that is as old as the
   * sandbox says, never one in its future.
   */
  Instant toIssuedTime(Instant sandboxInstant) {
    return sandboxInstant.minus(context.clock().offset());
  }

  /**
   * Whether a time a caller stated ({@code exp} of its assertion or request object) has passed, beyond a
   * leeway, on both the host's real time and sandbox time. A caller on the system clock and a client made on
   * the sandbox clock are both accepted; a time that has passed on both clocks is refused.
   */
  boolean hasPassed(Instant stated, java.time.Duration leeway) {
    Instant limit = stated.plus(leeway);
    return !limit.isAfter(context.clock().realInstant()) && !limit.isAfter(now());
  }

  /** Whether a stated start time ({@code nbf}) is still ahead, beyond a leeway, on both clocks. */
  boolean isAhead(Instant stated, java.time.Duration leeway) {
    Instant earliest = stated.minus(leeway);
    return earliest.isAfter(context.clock().realInstant()) && earliest.isAfter(now());
  }

  String tokenUrl() {
    return base + "/token";
  }

  String trustmarkUrl() {
    return base + "/trustmark";
  }

  /** The DID key's full {@code kid}: {@code did:web:…#<hex>}. */
  String didKid() {
    return didId + "#" + didKey.getKeyID();
  }

  List<Resident> residentList() {
    synchronized (residents) {
      return List.copyOf(residents.values());
    }
  }

  /** The seeded client's private key as an RSA PKCS#8 PEM. */
  String seededPrivateKeyPem() {
    try {
      byte[] der = seededClientKey.toPrivateKey().getEncoded();
      String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
      return "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n";
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A random URL-safe token with 256 bits of entropy. */
  static String randomToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String randomAlphanumeric(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(ALPHANUM[RANDOM.nextInt(ALPHANUM.length)]);
    }
    return s.toString();
  }

  /** A random 32-hex session id, as the real provider's {@code sid}. */
  static String randomSid() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return java.util.HexFormat.of().formatHex(b);
  }

  /** Drops expired codes, tokens, journeys and sessions. */
  void prune() {
    Instant now = now();
    codes.values().removeIf(g -> g.expires().isBefore(now));
    accessTokens.values().removeIf(g -> g.expires().isBefore(now));
    journeys.values().removeIf(j -> j.expires().isBefore(now));
    sessions.values().removeIf(s -> s.lastActive().get().plus(SESSION_IDLE_LIFETIME).isBefore(now));
  }
}
