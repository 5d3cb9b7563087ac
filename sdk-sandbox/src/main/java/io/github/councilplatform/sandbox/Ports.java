package io.github.councilplatform.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Ports for the sandbox to bind. The sandbox must know its port before it opens it: its platforms are built
 * with the base URL, and the port opens only once they are all registered, so no caller ever meets a sandbox
 * that is listening but not yet serving.
 */
final class Ports {
  private Ports() {}

  /**
   * A port that is free on {@code host} now. Another process may take it before the sandbox binds it; callers
   * retry on {@link #inUse(Throwable)}.
   */
  static int free(String host) {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on " + host + ": " + e.getMessage(), e);
    }
  }

  /** Whether a failure to start was the port being in use (WireMock wraps Jetty's BindException). */
  static boolean inUse(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
