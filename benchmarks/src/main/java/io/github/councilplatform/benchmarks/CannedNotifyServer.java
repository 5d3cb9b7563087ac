package io.github.councilplatform.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A minimal local Notify: answers every POST with a canned 201 SMS response at once, so a benchmark measures
 * the client, not the server. Nagle is off ({@code sun.net.httpserver.nodelay}), or delayed ACKs would add
 * about 40 ms to every call.
 */
final class CannedNotifyServer implements AutoCloseable {
  static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
  static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  static final String API_KEY = "bench_key-" + SERVICE_ID + "-" + SECRET;
  static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

  static final byte[] SMS_RESPONSE = ("{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":\"permit-42\","
      + "\"content\":{\"body\":\"Hi Amala, your permit is ready.\",\"from_number\":\"GOVUK\"},"
      + "\"uri\":\"https://api.notifications.service.gov.uk/v2/notifications/740e5834-3a29-46b4-9a6f-16142fde533a\","
      + "\"template\":{\"id\":\"" + TEMPLATE_ID + "\",\"version\":1,"
      + "\"uri\":\"https://api.notifications.service.gov.uk/v2/template/" + TEMPLATE_ID + "\"},"
      + "\"scheduled_for\":null}").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;

  CannedNotifyServer() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(201, SMS_RESPONSE.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(SMS_RESPONSE);
      }
    });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
