package io.github.councilplatform.sandbox;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone sandbox: {@code java -jar sdk-sandbox-<version>-standalone.jar [--port N] [--host H]}.
 * Prints its URL and seeded credentials once every platform answers, then serves until stopped (Ctrl-C or
 * SIGTERM).
 */
public final class SandboxMain {
  /**
   * The standalone sandbox's port when none is given. Not 8080, which is Spring Boot's default and the port of
   * the seeded One Login client's redirect URIs: that is where the council's own service runs, not the sandbox.
   */
  public static final int DEFAULT_PORT = 9480;

  private SandboxMain() {}

  /**
   * Starts the sandbox from the command line.
   *
   * @param args {@code --port N} (default {@value #DEFAULT_PORT}; 0 picks a free port) and {@code --host H}
   *     (default 127.0.0.1)
   * @throws Exception if it cannot start
   */
  public static void main(String[] args) throws Exception {
    // Jetty's start-up chatter would bury the credentials; keep warnings only unless asked.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    SandboxOptions.Builder options = SandboxOptions.builder().port(DEFAULT_PORT);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--port" -> options.port(port(value(args, ++i, a)));
        case "--host" -> options.host(value(args, ++i, a));
        case "--help", "-h" -> {
          System.out.println("Usage: java -jar sdk-sandbox-standalone.jar [--port N] [--host H]");
          System.out.println("  --port N  the port to listen on (default " + DEFAULT_PORT + "; 0 picks a free one)");
          System.out.println("  --host H  the address to listen on (default 127.0.0.1; 0.0.0.0 for every one)");
          return;
        }
        default -> {
          System.err.println("Unknown argument " + a + "; usage: [--port N] [--host H]");
          System.exit(2);
          return;
        }
      }
    }
    SandboxOptions chosen = options.build();
    Sandbox sandbox;
    try {
      sandbox = Sandbox.start(chosen);
    } catch (RuntimeException e) {
      if (!Ports.inUse(e)) {
        throw e;
      }
      // The likeliest start-up failure gets one line that says what to do, not Jetty's stack trace.
      System.err.println("Cannot start the sandbox: port " + chosen.port() + " on " + chosen.host()
          + " is already in use. Stop what is using it, or choose another with --port N (0 picks a free one).");
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "sandbox-shutdown"));
    System.out.println("Council Platform sandbox listening on " + sandbox.baseUrl());
    System.out.println("Seeded credentials (also at " + sandbox.baseUrl() + "/_sandbox):");
    System.out.println(Responses.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(sandbox.info()));
    System.out.println("Messages sent through Notify: " + sandbox.baseUrl() + "/_sandbox/notify");
    System.out.flush();
    stopped.await();
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    System.err.println("--port needs a number from 0 to 65535 (0 picks a free port), not " + value);
    System.exit(2);
    return -1;
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      System.err.println(flag + " needs a value");
      System.exit(2);
    }
    return args[i];
  }
}
