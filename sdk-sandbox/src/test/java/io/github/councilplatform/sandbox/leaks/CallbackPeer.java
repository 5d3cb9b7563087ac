package io.github.councilplatform.sandbox.leaks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JDK HttpServer standing in for the council's service: records what the sandbox posts to it (Notify
 * callbacks, Pay webhooks, One Login back-channel logouts) and answers 200.
 */
final class CallbackPeer implements AutoCloseable {
  /** One request the peer received. */
  record Received(String path, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();

  CallbackPeer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
      received.add(new Received(ex.getRequestURI().getPath(), headers, body));
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next request to {@code path}, failing if none arrives; others are dropped. */
  Received next(String path) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Received r = received.poll(100, TimeUnit.MILLISECONDS);
      if (r != null && r.path().equals(path)) {
        return r;
      }
    }
    throw new AssertionError("nothing was posted to " + path);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
