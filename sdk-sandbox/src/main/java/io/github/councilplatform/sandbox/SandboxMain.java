package io.github.councilplatform.sandbox;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone sandbox: {@code java -jar sdk-sandbox-<version>-standalone.jar [--port N] [--host H]}.
 * Prints its URL and seeded credentials, then serves until stopped (Ctrl-C or SIGTERM).
 */
public final class SandboxMain {
  private SandboxMain() {}

  /**
   * Starts the sandbox from the command line.
   *
   * @param args {@code --port N} (default 8080; 0 picks a free port) and {@code --host H} (default 127.0.0.1)
   * @throws Exception if it cannot start
   */
  public static void main(String[] args) throws Exception {
    // Jetty's start-up chatter would bury the credentials; keep warnings only unless asked.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    SandboxOptions.Builder options = SandboxOptions.builder().port(8080);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--port" -> options.port(port(value(args, ++i, a)));
        case "--host" -> options.host(value(args, ++i, a));
        case "--help", "-h" -> {
          System.out.println("Usage: java -jar sdk-sandbox-standalone.jar [--port N] [--host H]");
          return;
        }
        default -> {
          System.err.println("Unknown argument " + a + "; usage: [--port N] [--host H]");
          System.exit(2);
          return;
        }
      }
    }
    Sandbox sandbox = Sandbox.start(options.build());
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
