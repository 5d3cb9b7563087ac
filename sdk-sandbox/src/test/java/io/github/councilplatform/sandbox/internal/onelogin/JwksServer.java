package io.github.councilplatform.sandbox.internal.onelogin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK HttpServer test peer: serves a JWKS at /jwks.json and records POSTs to /back-channel-logout. */
final class JwksServer implements AutoCloseable {
  private final HttpServer server;
  volatile String jwks = "{\"keys\":[]}";
  volatile int logoutStatus = 200;
  final LinkedBlockingQueue<String> logoutBodies = new LinkedBlockingQueue<>();
  final List<String> contentTypes = new CopyOnWriteArrayList<>();

  JwksServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/jwks.json", ex -> {
      byte[] b = jwks.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.createContext("/back-channel-logout", ex -> {
      try (InputStream in = ex.getRequestBody()) {
        contentTypes.add(ex.getRequestHeaders().getFirst("Content-Type"));
        logoutBodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      ex.sendResponseHeaders(logoutStatus, -1);
      ex.close();
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  String nextLogoutBody() throws InterruptedException {
    return logoutBodies.poll(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
