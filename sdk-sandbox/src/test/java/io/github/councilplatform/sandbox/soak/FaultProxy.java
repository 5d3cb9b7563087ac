package io.github.councilplatform.sandbox.soak;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seeded fault-injecting HTTP/1.1 proxy on loopback, in front of the sandbox: each request gets a fault
 * drawn from a seeded random source (reset before or after forwarding, a 5xx before or after, a stall past
 * the caller's read timeout, the platform's own 429). One request per connection ({@code Connection: close}),
 * so a fault never leaks into the next request.
 *
 * <p>It remembers how many forwarded requests are still in flight, so that a soak can wait for the platform to
 * finish what it was sent before it reconciles, as a real caller waits a minute before trusting a lookup.
 */
public final class FaultProxy implements AutoCloseable {
  private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
      "upgrade", "keep-alive", "transfer-encoding", "te", "proxy-connection");
  private static final String NOTIFY_429 = "{\"status_code\":429,\"errors\":[{\"error\":\"RateLimitError\","
      + "\"message\":\"Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds\"}]}";
  private static final String PAY_429 = "{\"code\":\"P0900\",\"description\":\"Too many requests\"}";

  private final URI target;
  private final Random random;
  private final double faultRate;
  private final ServerSocket server;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fault-proxy");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
  private final AtomicInteger requests = new AtomicInteger();
  private final Object quiet = new Object();
  private int inFlight;
  private volatile boolean enabled = true;

  /**
   * Starts a proxy.
   *
   * @param target the sandbox's base URL
   * @param seed the seed of the fault sequence
   * @param faultRate the share of requests that get a fault, 0 to 1
   * @throws IOException if no loopback port is free
   */
  public FaultProxy(String target, long seed, double faultRate) throws IOException {
    this.target = URI.create(target);
    this.random = new Random(seed);
    this.faultRate = faultRate;
    for (Fault f : Fault.values()) {
      injected.put(f, new AtomicInteger());
    }
    this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    workers.execute(this::acceptLoop);
  }

  /** The base URL clients use instead of the sandbox's. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Turns fault injection on or off (off: a plain relay). */
  public void faults(boolean on) {
    this.enabled = on;
  }

  /** How many requests got each fault. */
  public Map<Fault, Integer> injected() {
    Map<Fault, Integer> m = new EnumMap<>(Fault.class);
    injected.forEach((k, v) -> m.put(k, v.get()));
    return m;
  }

  /** How many requests the proxy handled. */
  public int requests() {
    return requests.get();
  }

  /** Waits until every forwarded request has been answered by the platform (at most {@code max}). */
  public void awaitQuiet(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    synchronized (quiet) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("the platform is still working on " + inFlight + " forwarded requests");
        }
        quiet.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  private Fault draw() {
    if (!enabled) {
      return Fault.NONE;
    }
    synchronized (random) {
      if (random.nextDouble() >= faultRate) {
        return Fault.NONE;
      }
      Fault[] faulty = {Fault.RESET_BEFORE_FORWARD, Fault.RESET_AFTER_FORWARD, Fault.ERROR_BEFORE_FORWARD,
          Fault.ERROR_AFTER_FORWARD, Fault.STALL_AFTER_FORWARD, Fault.RATE_LIMITED};
      return faulty[random.nextInt(faulty.length)];
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        workers.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout(30_000); // a stalled caller that never gives up must not hold a thread forever
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String[] lines = head.split("\r\n");
      String[] requestLine = lines[0].split(" ");
      List<String> headers = List.of(lines).subList(1, lines.length);
      int length = 0;
      for (String h : headers) {
        if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(h.substring(15).trim());
        }
      }
      byte[] body = in.readNBytes(length);
      requests.incrementAndGet();
      Fault fault = draw();
      injected.get(fault).incrementAndGet();
      String path = requestLine[1];
      switch (fault) {
        case RESET_BEFORE_FORWARD -> reset(socket);
        case ERROR_BEFORE_FORWARD -> write(socket, 503, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        case RATE_LIMITED -> write(socket, 429, "application/json",
            (path.startsWith("/v2/") ? NOTIFY_429 : PAY_429).getBytes(StandardCharsets.UTF_8));
        default -> {
          HttpResponse<byte[]> answer = forward(requestLine[0], path, headers, body);
          switch (fault) {
            case RESET_AFTER_FORWARD -> reset(socket);
            case ERROR_AFTER_FORWARD -> write(socket, 502, "text/plain", "Bad Gateway".getBytes(StandardCharsets.UTF_8));
            case STALL_AFTER_FORWARD -> {
              while (in.read() >= 0) {
                // hold until the caller gives up and closes
              }
            }
            default -> write(socket, answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(null), answer.body(), answer);
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      // The caller went away (it timed out, or a reset raced it); nothing to relay.
    }
  }

  private HttpResponse<byte[]> forward(String method, String path, List<String> headers, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(path)).timeout(Duration.ofSeconds(30))
        .method(method, body.length == 0 && !"POST".equals(method) && !"PUT".equals(method)
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (String h : headers) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).trim();
      if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
        b.header(name, h.substring(colon + 1).trim());
      }
    }
    synchronized (quiet) {
      inFlight++;
    }
    try {
      return upstream.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } finally {
      synchronized (quiet) {
        inFlight--;
        quiet.notifyAll();
      }
    }
  }

  private static void write(Socket socket, int status, String contentType, byte[] body) throws IOException {
    write(socket, status, contentType, body, null);
  }

  private static void write(Socket socket, int status, String contentType, byte[] body, HttpResponse<byte[]> from)
      throws IOException {
    StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
    if (contentType != null) {
      h.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (from != null) {
      from.headers().map().forEach((name, values) -> {
        String n = name.toLowerCase(Locale.ROOT);
        if (!NOT_FORWARDED.contains(n) && !n.equals("content-type") && !n.startsWith(":")) {
          values.forEach(v -> h.append(name).append(": ").append(v).append("\r\n"));
        }
      });
    }
    h.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  private static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int matched = 0;
    int c;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4 && (c = in.read()) >= 0) {
      b.write(c);
      matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    server.close();
    workers.shutdownNow();
  }
}
