package io.github.councilplatform.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A scripted HTTP/1.1 peer on loopback for the fault points WireMock cannot reach: a reset after the request
 * headers but before the body, a reset after the whole request, a stall that never answers. One connection
 * per request ({@code Connection: close}); each accepted connection takes the next step of the script.
 */
final class FaultPeer implements AutoCloseable {
  /** What the peer does with one request. */
  sealed interface Step permits ResetAfterHeaders, ResetAfterBody, Stall, Answer {}

  /** Reads the request line and headers only, then resets the connection (TCP RST). */
  record ResetAfterHeaders() implements Step {}

  /** Reads the whole request, then resets the connection. */
  record ResetAfterBody() implements Step {}

  /** Reads the whole request and never answers, until the client gives up. */
  record Stall() implements Step {}

  /** Answers with a status and a JSON body. */
  record Answer(int status, String body, String extraHeader) implements Step {}

  /** One request the peer saw (headers lower-cased by name). */
  record Seen(String requestLine, List<String> headers, String body, boolean bodyRead) {
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
    }
  }

  private final ServerSocket server;
  private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final Thread acceptor;

  FaultPeer(Step... steps) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    script.addAll(List.of(steps));
    acceptor = new Thread(this::acceptLoop, "fault-peer");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static Step answer(int status, String body) {
    return new Answer(status, body, null);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  List<Seen> seen() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        Step step = script.poll();
        Thread t = new Thread(() -> serve(s, step), "fault-peer-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket, Step step) {
    try (socket) {
      InputStream in = socket.getInputStream();
      String head = readHead(in);
      String[] lines = head.split("\r\n");
      List<String> headers = List.of(lines).subList(1, lines.length);
      if (step instanceof ResetAfterHeaders || step == null) {
        seen.add(new Seen(lines[0], headers, "", false));
        reset(socket);
        return;
      }
      int length = headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("content-length:"))
          .map(h -> Integer.parseInt(h.substring(15).trim())).findFirst().orElse(0);
      String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      seen.add(new Seen(lines[0], headers, body, true));
      if (step instanceof ResetAfterBody) {
        reset(socket);
      } else if (step instanceof Stall) {
        // Hold the connection open until the client times out and closes it, or the peer is closed.
        while (in.read() >= 0) {
          // discard
        }
      } else if (step instanceof Answer a) {
        byte[] b = a.body().getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 " + a.status() + " X\r\nContent-Type: application/json\r\nContent-Length: " + b.length
            + "\r\nConnection: close\r\n" + (a.extraHeader() == null ? "" : a.extraHeader() + "\r\n") + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.flush();
      }
    } catch (IOException e) {
      // The client went away; nothing to do.
    }
  }

  private static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int state = 0;
    int c;
    while (state < 4 && (c = in.read()) >= 0) {
      b.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
