package io.github.councilplatform.sandbox.internal.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;

/** A service's callback endpoint for tests: records each POST and answers with scripted statuses. */
final class CallbackReceiver implements AutoCloseable {
  /** One received callback. */
  record Received(String authorization, String contentType, String body) {}

  private final HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();
  private final LinkedBlockingDeque<Integer> statuses = new LinkedBlockingDeque<>();

  CallbackReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
      Integer status = statuses.poll();
      exchange.sendResponseHeaders(status == null ? 200 : status, -1);
      exchange.close();
    });
    server.start();
  }

  /** Makes the next responses use these statuses (then 200). */
  void respondWith(Integer... next) {
    statuses.addAll(List.of(next));
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
