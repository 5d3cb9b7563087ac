package io.github.councilplatform.examples.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.InvalidInboundMessageException;
import io.github.councilplatform.core.SignatureVerificationException;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.notify.DeliveryReceipt;
import io.github.councilplatform.notify.NotifyCallbackVerifier;
import io.github.councilplatform.notify.NotifyCallbacks;
import io.github.councilplatform.pay.PayWebhooks;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.WebhookEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's own small web service, an embedded JDK {@link HttpServer}: the pages residents come back to
 * (One Login's redirect, Pay's return URL, the signed-out page) and the endpoints the platforms call
 * (Notify delivery receipts, Pay webhooks, One Login back-channel logout). Every callback is verified with
 * the SDK before it is read; a forged one is answered 401 or 400 and logged without its content.
 */
public final class CouncilService implements AutoCloseable {
  /** Where One Login sends the resident back after signing in. */
  public static final String SIGN_IN_CALLBACK = "/sign-in/callback";
  /** Where One Login sends the resident after signing out. */
  public static final String SIGNED_OUT = "/signed-out";
  /** Where One Login posts logout tokens. */
  public static final String BACK_CHANNEL_LOGOUT = "/one-login/back-channel-logout";
  /** Pay's return URL for parking permits; {@code ?ref=} carries the permit's reference. */
  public static final String PERMIT_RETURN = "/permit/return";
  /** Where Notify posts delivery receipts. */
  public static final String NOTIFY_CALLBACK = "/callbacks/notify";
  /** Where Pay posts webhook messages. */
  public static final String PAY_WEBHOOK = "/callbacks/pay";

  private static final Logger LOG = LoggerFactory.getLogger(CouncilService.class);

  private final HttpServer server;
  private final ExecutorService threads;
  private final Platforms platforms;
  private final NotifyCallbackVerifier notifyCallbacks;
  private final URI baseUri;
  private final Map<String, String> paymentsByReference = new ConcurrentHashMap<>();
  private final Map<String, String> sessions = new ConcurrentHashMap<>();

  /** Delivery receipts that passed verification. */
  public final Inbox<DeliveryReceipt> receipts = new Inbox<>();
  /** Pay webhook messages that passed verification. */
  public final Inbox<WebhookEvent> webhooks = new Inbox<>();
  /** Subjects signed out by a verified back-channel logout token. */
  public final Inbox<String> loggedOutSubjects = new Inbox<>();
  /** Rejected callbacks, described without their content. */
  public final Inbox<String> rejected = new Inbox<>();
  /** Pages residents' browsers landed on. */
  public final Inbox<URI> landings = new Inbox<>();

  private CouncilService(Platforms platforms, int port) throws IOException {
    this.platforms = platforms;
    this.notifyCallbacks = NotifyCallbacks.verifier(platforms.notifyCallbackToken());
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    this.threads = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "council-service");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
    this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Starts the service on 127.0.0.1.
   *
   * @param platforms the platforms whose callbacks it verifies
   * @param port the port, or 0 for a free one
   * @return the running service
   * @throws IOException if the port cannot be bound
   */
  public static CouncilService start(Platforms platforms, int port) throws IOException {
    return new CouncilService(platforms, port);
  }

  /** {@return the service's base address, for example http://127.0.0.1:51234} */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * An address on this service.
   *
   * @param path the path, starting with {@code /}
   * @return the absolute address
   */
  public URI url(String path) {
    return baseUri.resolve(path);
  }

  /**
   * Remembers which payment belongs to a reference, as a council stores it in the resident's session, so the
   * return page can look the payment up with {@code getPayment} (never by searching).
   *
   * @param reference the council's reference
   * @param paymentId GOV.UK Pay's payment id
   */
  public void rememberPayment(String reference, String paymentId) {
    paymentsByReference.put(reference, paymentId);
  }

  /**
   * Starts the council's own session for a signed-in resident.
   *
   * @param subject One Login's {@code sub}
   * @return the session id
   */
  public String startSession(String subject) {
    String id = UUID.randomUUID().toString();
    sessions.put(id, subject);
    return id;
  }

  /**
   * Whether a council session is still active.
   *
   * @param sessionId the session id
   * @return whether it has not been ended
   */
  public boolean isSignedIn(String sessionId) {
    return sessions.containsKey(sessionId);
  }

  /**
   * Ends one council session (the resident signed out here).
   *
   * @param sessionId the session id
   */
  public void endSession(String sessionId) {
    sessions.remove(sessionId);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      boolean post = "POST".equals(exchange.getRequestMethod());
      if (post && path.equals(NOTIFY_CALLBACK)) {
        notifyReceipt(exchange);
      } else if (post && path.equals(PAY_WEBHOOK)) {
        payWebhook(exchange);
      } else if (post && path.equals(BACK_CHANNEL_LOGOUT)) {
        backChannelLogout(exchange);
      } else if (path.equals(SIGN_IN_CALLBACK)) {
        landed(exchange);
        page(exchange, 200, "signed-in", "You are signed in", "Go back to the example in your terminal.");
      } else if (path.equals(SIGNED_OUT)) {
        landed(exchange);
        page(exchange, 200, "signed-out", "You have signed out", "Your council account session has ended.");
      } else if (path.equals(PERMIT_RETURN)) {
        landed(exchange);
        permitReturn(exchange);
      } else {
        page(exchange, 404, "not-found", "Page not found", "");
      }
    } catch (RuntimeException e) {
      LOG.warn("The council service failed on {}: {}", exchange.getRequestURI().getPath(),
          e.getClass().getSimpleName());
      respond(exchange, 500, "text/plain", "Sorry, there is a problem");
    }
  }

  private void notifyReceipt(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    try {
      // The same shape for every platform: the request's headers, then the raw body.
      if (!(notifyCallbacks.verify(exchange.getRequestHeaders()::getFirst, body) instanceof DeliveryReceipt receipt)) {
        throw new InvalidInboundMessageException("a genuine Notify callback, but not a delivery receipt");
      }
      receipts.add(receipt);
      respond(exchange, 204, null, null);
    } catch (SignatureVerificationException e) {
      reject(exchange, 401, "Notify callback with a wrong or missing bearer token");
    } catch (InvalidInboundMessageException e) {
      reject(exchange, 400, "Notify callback that is not a delivery receipt");
    }
  }

  private void payWebhook(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String secret = platforms.payWebhookSecret();
    if (secret == null) {
      reject(exchange, 503, "Pay webhook, but PAY_WEBHOOK_SECRET is not set");
      return;
    }
    try {
      // Verify the signature over the exact bytes received, before reading anything in them.
      webhooks.add(PayWebhooks.verifier(secret).verify(exchange.getRequestHeaders()::getFirst, body));
      respond(exchange, 200, null, null);
    } catch (SignatureVerificationException e) {
      reject(exchange, 401, "Pay webhook with a wrong or missing Pay-Signature");
    } catch (InvalidInboundMessageException e) {
      reject(exchange, 400, "Pay webhook that is genuine but not a message this SDK reads");
    }
  }

  private void backChannelLogout(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    OneLoginClient oneLogin = platforms.oneLoginOrNull();
    try {
      if (oneLogin == null) {
        throw new IllegalStateException("One Login is not configured");
      }
      String subject = oneLogin.backChannelLogoutVerifier().verify(exchange.getRequestHeaders()::getFirst, body)
          .subject();
      // End every council session of this resident, wherever they signed in.
      sessions.values().removeIf(subject::equals);
      loggedOutSubjects.add(subject);
      respond(exchange, 200, null, null);
    } catch (CouncilPlatformException | IllegalStateException e) {
      reject(exchange, 400, "back-channel logout token that failed verification");
    }
  }

  private void permitReturn(HttpExchange exchange) throws IOException {
    String reference = query(exchange.getRequestURI(), "ref");
    String paymentId = reference == null ? null : paymentsByReference.get(reference);
    if (paymentId == null) {
      page(exchange, 404, "unknown-payment", "We could not find your payment", "Start again from the council.");
      return;
    }
    Payment payment = platforms.payClient().getPayment(paymentId);
    if (payment.isSuccess()) {
      page(exchange, 200, "payment-confirmed", "Payment received",
          "Your resident parking permit " + escape(reference) + " is confirmed. We have emailed and texted you.");
    } else {
      page(exchange, 200, "payment-not-completed", "Your payment was not completed",
          "No money has been taken. You can try again.");
    }
  }

  private void reject(HttpExchange exchange, int status, String what) throws IOException {
    // Say what was rejected and from where, never what it contained: the body may carry personal data.
    LOG.warn("Rejected a {} from {}: answered {}", what, exchange.getRemoteAddress().getAddress().getHostAddress(),
        status);
    rejected.add(what);
    respond(exchange, status, null, null);
  }

  private void landed(HttpExchange exchange) {
    landings.add(url(exchange.getRequestURI().toString()));
  }

  private static void page(HttpExchange exchange, int status, String id, String heading, String text)
      throws IOException {
    String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(heading)
        + " - Council examples</title></head>\n<body><main><h1 id=\"" + id + "\">" + escape(heading) + "</h1><p>"
        + text + "</p></main></body></html>\n";
    respond(exchange, status, "text/html; charset=utf-8", html);
  }

  private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static String query(URI uri, String name) {
    String raw = uri.getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
