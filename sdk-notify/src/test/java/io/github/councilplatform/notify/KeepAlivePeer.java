package io.github.councilplatform.notify;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A one-connection HTTP/1.1 peer that answers every request on its connection with one canned response and
 * keeps the connection open, so a test can see when the client closes it: the only outside sign that a
 * client released its connection pool.
 */
final class KeepAlivePeer implements AutoCloseable {
  private final ServerSocket server;
  private final byte[] response;
  private final CompletableFuture<Void> clientClosed = new CompletableFuture<>();

  KeepAlivePeer(int status, String contentType, String body) throws IOException {
    this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    this.response = ("HTTP/1.1 " + status + " Canned\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + b.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    Thread t = new Thread(this::serve, "keep-alive-peer");
    t.setDaemon(true);
    t.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Whether the client has closed the connection yet. */
  boolean clientClosed() {
    return clientClosed.isDone();
  }

  /** Waits for the client to close its connection; a generous bound, so a loaded machine cannot fail it. */
  void awaitClientClose() throws Exception {
    clientClosed.get(60, TimeUnit.SECONDS);
  }

  private void serve() {
    try (Socket s = server.accept()) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (readRequest(in)) {
        out.write(response);
        out.flush();
      }
    } catch (IOException e) {
      // A reset is the client closing too.
    }
    clientClosed.complete(null);
  }

  /** Reads one request (head and any Content-Length body); false at end of stream. */
  private static boolean readRequest(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int contentLength = 0;
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        String l = line.toString().trim();
        if (l.isEmpty()) {
          in.readNBytes(contentLength);
          return true;
        }
        if (l.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          contentLength = Integer.parseInt(l.substring("content-length:".length()).trim());
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
