package io.github.councilplatform.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.councilplatform.sandbox.internal.AdminApi;
import io.github.councilplatform.sandbox.internal.Dispatcher;
import io.github.councilplatform.sandbox.internal.FaultPlan;
import io.github.councilplatform.sandbox.internal.LazyProxyClients;
import io.github.councilplatform.sandbox.internal.Outbound;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import io.github.councilplatform.sandbox.internal.Scheduler;
import io.github.councilplatform.sandbox.internal.StartupTask;
import io.github.councilplatform.sandbox.internal.notify.NotifyPlatform;
import io.github.councilplatform.sandbox.internal.onelogin.OneLoginPlatform;
import io.github.councilplatform.sandbox.internal.pay.PayPlatform;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.identity.OneLoginEndpoints;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.pay.PayClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local, stateful GOV.UK Notify, Pay and One Login on one port: "LocalStack for GOV.UK platforms".
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   String baseUrl = sandbox.baseUrl();          // point every client here
 *   SandboxCredentials creds = sandbox.credentials();  // the seeded API keys, templates, One Login client
 *   sandbox.pay().complete(paymentId, TestCard.VISA);    // the resident pays
 * }
 * }</pre>
 *
 * <p>Notify is served under {@code /v2/}, Pay under {@code /v1/} (and its payment pages), One Login at its
 * OpenID Connect paths, and the admin API under {@code /_sandbox}. It is built on an embedded
 * {@link WireMockServer}: stubs you add through {@link #wireMock()} take priority over the sandbox's own
 * behaviour, so you can override any endpoint. Thread-safe.
 */
public final class Sandbox implements AutoCloseable {
  private final WireMockServer server;
  private final SandboxClock clock;
  /** Real time (the clock the sandbox clock offsets): what every outside caller lives on. */
  private final java.time.Clock realClock;
  private final Scheduler scheduler;
  private final FaultPlan faults;
  private final List<SandboxPlatform> platforms;
  private final AdminApi admin;
  private final String baseUrl;
  /** The typed helpers' HTTP client, made on first use. */
  private volatile AdminHttp adminHttp;

  private Sandbox(SandboxOptions options, int port) {
    this.clock = new SandboxClock(options.clock());
    this.realClock = options.clock();
    this.scheduler = new Scheduler(clock);
    this.faults = new FaultPlan();
    this.platforms = new CopyOnWriteArrayList<>();
    String host = options.host().equals("0.0.0.0") ? "127.0.0.1" : options.host();
    this.baseUrl = "http://" + host + ":" + port;
    SandboxContext context = new SandboxContext(clock, scheduler, new Outbound(), baseUrl);
    // The platforms need nothing from the server, only the base URL, so they are set up on other threads while
    // this one builds WireMock's server (most of the start either way); One Login's key generation is the
    // longest of them. The port still opens only once every one of them has joined (below).
    StartupTask<SandboxPlatform> oneLogin = StartupTask.fork("sandbox-start-one-login",
        () -> new OneLoginPlatform(context));
    StartupTask<List<SandboxPlatform>> notifyAndPay = StartupTask.fork("sandbox-start-notify-pay", () -> {
      List<SandboxPlatform> built = List.of(new NotifyPlatform(context), new PayPlatform(context));
      // Every platform answers in JSON: the mapper's set-up is the first request's, done before the port opens.
      Responses.prepare();
      return built;
    });
    Dispatcher dispatcher = new Dispatcher(faults);
    WireMockConfiguration config = wireMockConfig()
        .bindAddress(options.host())
        .port(port)
        // One acceptor is plenty for a local fake, and Jetty warns when there are more than cores.
        .jettyAcceptors(1)
        .templatingEnabled(false)
        // WireMock's proxy clients are built on a user stub's first proxied request, not at every start.
        .httpClientFactory(new LazyProxyClients())
        // WireMock builds a log line per request (the response definition written out as JSON) even though its
        // default, quiet notifier drops it: nothing was ever logged, but every request, the first most, paid for it.
        .stubRequestLoggingDisabled(true)
        .extensions(dispatcher);
    if (options.requestJournalEntries() == 0) {
      config.disableRequestJournal();
    } else {
      config.maxRequestJournalEntries(options.requestJournalEntries());
    }
    WireMockServer built = null;
    try {
      built = new WireMockServer(config);
      this.server = built;
      platforms.addAll(notifyAndPay.join());
      platforms.add(oneLogin.join());
      platforms.forEach(dispatcher::mount);
      this.admin = new AdminApi(platforms, clock, scheduler, faults, this::reset, baseUrl);
      dispatcher.admin(admin);
      installCatchAll();
      // The port opens only now, with every platform registered: no request meets a half-started sandbox.
      built.start();
    } catch (RuntimeException e) {
      // A port in use or a failing platform must not leave the server or the scheduler thread behind.
      scheduler.close();
      if (built != null) {
        try {
          built.stop();
        } catch (Exception stopFailure) { // WireMock can throw checked exceptions sneakily from a failed server
          e.addSuppressed(stopFailure);
        }
      }
      throw e;
    }
  }

  /** Starts a sandbox on 127.0.0.1 and a free port. */
  public static Sandbox start() {
    return start(SandboxOptions.defaults());
  }

  /**
   * Starts a sandbox.
   *
   * @param options where to bind and which clock to use
   * @return the running sandbox; close it when done
   */
  public static Sandbox start(SandboxOptions options) {
    Objects.requireNonNull(options, "options");
    if (options.port() != 0) {
      return new Sandbox(options, options.port());
    }
    // The port must be known before it opens (see the constructor); another process can take a free port
    // between the choice and the bind, so a few choices are tried.
    for (int attempt = 1; ; attempt++) {
      try {
        return new Sandbox(options, Ports.free(options.host()));
      } catch (RuntimeException e) {
        if (attempt == 5 || !Ports.inUse(e)) {
          throw e;
        }
      }
    }
  }

  /** The base URL every client should use, for example {@code http://127.0.0.1:51234}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port the sandbox listens on. */
  public int port() {
    return server.port();
  }

  /**
   * The seeded credentials, exactly as {@code GET /_sandbox} returns them: {@code baseUrl}, and the
   * {@code notify}, {@code pay} and {@code oneLogin} parts.
   *
   * @deprecated untyped; use {@link #credentials()}. Kept, deprecated, through 0.2 rather than removed because it
   *     is the one view of {@code GET /_sandbox}'s exact JSON (field for field, for code that also serves clients
   *     in other languages) and the consumer projects and examples written against 0.1 read it; it will be removed
   *     once {@link SandboxCredentials} carries every field of that document.
   */
  @Deprecated(since = "0.2.0")
  public Map<String, Object> info() {
    return admin.info();
  }

  /** The seeded credentials, typed: Notify's keys and ids, Pay's key and secret, One Login's client. */
  public SandboxCredentials credentials() {
    return SandboxCredentials.of(admin.info());
  }

  /**
   * The residents' side of Notify: what was sent to them, and their text replies. (Not {@code notify()}: that
   * name is {@link Object#notify()}'s.)
   */
  public NotifySandbox notifications() {
    return new NotifySandbox(adminHttp());
  }

  /** The payer's side of Pay: pay, decline or abandon a payment as a resident would on the payment pages. */
  public PaySandbox pay() {
    return new PaySandbox(adminHttp(), credentials().pay().apiKey());
  }

  /** The resident's side of One Login: sign in as a test resident; the seeded client's redirect URIs. */
  public OneLoginSandbox oneLogin() {
    return new OneLoginSandbox(adminHttp(), credentials().oneLogin().clientId());
  }

  private AdminHttp adminHttp() {
    AdminHttp h = adminHttp;
    if (h == null) {
      synchronized (this) {
        if (adminHttp == null) {
          adminHttp = new AdminHttp(baseUrl);
        }
        h = adminHttp;
      }
    }
    return h;
  }

  /**
   * A {@link NotifyClient} configured for this sandbox with the seeded live API key and the sandbox clock (so
   * its tokens stay valid after {@link #advanceClock}). Each call builds a new client; keep the one you need.
   */
  public NotifyClient notifyClient() {
    return NotifyClient.builder().baseUrl(baseUrl).clock(clock).apiKey(credentials().notifyService().liveApiKey())
        .build();
  }

  /**
   * A {@link PayClient} configured for this sandbox with the seeded API key. Each call builds a new client.
   * It runs on real time, like any outside caller: moving the sandbox clock expires payments, it does not
   * eat into the client's timeouts or retry budget.
   */
  public PayClient payClient() {
    return PayClient.builder().baseUrl(baseUrl).clock(realClock).apiKey(credentials().pay().apiKey()).build();
  }

  /**
   * A {@link OneLoginClient} configured for this sandbox's provider and seeded client (its key, redirect and
   * post-logout redirect URIs). Each call builds a new client. It runs on real time, like a relying party on
   * the system clock: its client assertions and its checks of the tokens it is given use real time (the
   * sandbox issues tokens on real time), while moving the sandbox clock still expires codes, sessions and
   * access tokens on the provider's side.
   */
  public OneLoginClient oneLoginClient() {
    SandboxCredentials.OneLogin oneLogin = credentials().oneLogin();
    return OneLoginClient.builder()
        .clock(realClock)
        .endpoints(OneLoginEndpoints.of(oneLogin.issuer().toString(), oneLogin.identityIssuer().toString(),
            oneLogin.didUrl()))
        .clientId(oneLogin.clientId())
        .privateKeyPem(oneLogin.privateKeyPem())
        .redirectUri(oneLogin.redirectUri())
        .postLogoutRedirectUri(oneLogin.postLogoutRedirectUri())
        .build();
  }

  /** The sandbox clock; {@link SandboxClock#advance(Duration)} fast-forwards every platform. */
  public SandboxClock clock() {
    return clock;
  }

  /**
   * Moves the sandbox clock forward and returns once the work that fell due has run (statuses moved,
   * expiries applied, callbacks and webhooks delivered), waiting at most 10 s for a slow callback endpoint, so
   * a read right after it sees the platforms at the new time.
   *
   * @param duration how far
   */
  public void advanceClock(Duration duration) {
    clock.advance(duration);
    scheduler.runDue(Scheduler.ADVANCE_WAIT);
  }

  /**
   * Makes a platform's next {@code count} calls fail with a fault.
   *
   * @param platform which platform
   * @param fault which fault (not {@link SandboxFault#DELAY}; use {@link #delayNext})
   * @param count how many calls
   */
  public void failNext(SandboxPlatformId platform, SandboxFault fault, int count) {
    faults.add(platform, fault, count, null);
  }

  /**
   * Makes a platform's next {@code count} calls answer only after a delay.
   *
   * @param platform which platform
   * @param delay how long
   * @param count how many calls
   */
  public void delayNext(SandboxPlatformId platform, Duration delay, int count) {
    faults.add(platform, SandboxFault.DELAY, count, delay);
  }

  /**
   * Forgets all platform state, queued faults, scheduled work and your own WireMock stubs and request log,
   * and puts the clock back to real time. Credentials stay the same.
   */
  public void reset() {
    server.resetAll();
    installCatchAll();
    scheduler.clear();
    faults.clear();
    clock.resetOffset();
    for (SandboxPlatform p : platforms) {
      p.reset();
    }
  }

  /**
   * The embedded WireMock server: the sandbox's one deliberately WireMock-facing method, and its documented
   * extension point. Add your own stubs and faults or inspect requests with WireMock's own API; your stubs take
   * priority over the sandbox's behaviour. Remove your stubs with {@code removeStub}, or call {@link #reset()},
   * which also removes them; do not call WireMock's {@code resetAll()}, which would remove the sandbox's own
   * catch-all stub until the next {@link #reset()}. Everything else in the sandbox's public API is free of WireMock
   * types, so it can change its engine without breaking you unless you use this method.
   */
  public WireMockServer wireMock() {
    return server;
  }

  /** Stops the server and the scheduler. */
  @Override
  public void close() {
    scheduler.close();
    server.stop();
  }

  @Override
  public String toString() {
    return "Sandbox{" + baseUrl + '}';
  }

  private void installCatchAll() {
    StubMapping catchAll = any(anyUrl()).atPriority(Integer.MAX_VALUE / 2)
        .willReturn(aResponse().withTransformers(Dispatcher.NAME)).build();
    server.addStubMapping(catchAll);
  }
}
