package io.github.councilplatform.benchmarks;

import com.github.tomakehurst.wiremock.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Issue 18 item 2: how long the standalone sandbox takes from {@code java -jar} to its first answered request,
 * against WireMock's own standalone jar of the same version. Not JMH: a fresh JVM per start is the point.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.SandboxStartRun 8
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.SandboxStartRun 8 \
 *     sandbox:/tmp/before.jar sandbox:sdk-sandbox/target/sdk-sandbox-0.1.0-SNAPSHOT-standalone.jar wiremock:
 * </pre>
 *
 * <p>Arguments: the number of starts per jar (default 8), then the jars as {@code sandbox:PATH} or
 * {@code wiremock:PATH} (an empty path means the default: the sandbox jar in {@code sdk-sandbox/target/}, and
 * {@code wiremock-standalone} of the version on this class path from {@code ~/.m2}). The jars are started in
 * turn, the order rotating each round, so load on a shared machine falls on all of them alike.
 *
 * <p>Each start runs {@code java -jar JAR --port P} in an empty working directory and times from spawning the
 * process to the first HTTP answer: One Login's {@code /.well-known/openid-configuration} for the sandbox,
 * {@code /__admin/health} for WireMock. For the sandbox it then checks, at once, that every platform answers
 * as itself (ready means ready): Notify's {@code /v2/notifications} and Pay's {@code /v1/payments} refuse a
 * call without a key (401), One Login publishes its signing keys and {@code /_sandbox} lists the credentials.
 * Prints each start, then the medians; exits non-zero if a platform was not ready when the port opened.
 */
public final class SandboxStartRun {
  private record Target(String label, String kind, Path jar) {}

  /** One start: wall time to the first answer, the process's CPU time by then (-1 if unknown), readiness. */
  private record Start(long ms, long cpuMs, boolean ready) {}

  private SandboxStartRun() {}

  /**
   * Runs the starts and prints the medians.
   *
   * @param args {@code [runs] [sandbox:PATH | wiremock:PATH]...}
   * @throws Exception if a jar is missing or a start times out
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    List<Target> targets = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      int colon = args[i].indexOf(':');
      String kind = args[i].substring(0, colon);
      String path = args[i].substring(colon + 1);
      Path jar = path.isEmpty() ? defaultJar(kind) : Path.of(path);
      targets.add(new Target(kind + "#" + targets.size() + " " + jar.getFileName(), kind, jar));
    }
    if (targets.isEmpty()) {
      targets.add(new Target("sandbox", "sandbox", defaultJar("sandbox")));
      targets.add(new Target("wiremock", "wiremock", defaultJar("wiremock")));
    }
    for (Target t : targets) {
      if (!Files.isRegularFile(t.jar())) {
        throw new IllegalArgumentException("No jar at " + t.jar());
      }
    }
    warmPoller();
    Map<Target, List<Long>> times = new LinkedHashMap<>();
    Map<Target, List<Long>> cpu = new LinkedHashMap<>();
    targets.forEach(t -> times.put(t, new ArrayList<>()));
    targets.forEach(t -> cpu.put(t, new ArrayList<>()));
    boolean allReady = true;
    for (int round = 0; round < runs; round++) {
      for (int k = 0; k < targets.size(); k++) {
        Target t = targets.get((round + k) % targets.size());
        Start s = startOnce(t);
        allReady &= s.ready();
        times.get(t).add(s.ms());
        cpu.get(t).add(s.cpuMs());
        System.out.printf("round %d  %-50s %6d ms  (cpu %d ms)%n", round + 1, t.label(), s.ms(), s.cpuMs());
      }
    }
    System.out.println();
    Long reference = null;
    for (Map.Entry<Target, List<Long>> e : times.entrySet()) {
      if (e.getKey().kind().equals("wiremock")) {
        reference = median(e.getValue());
      }
    }
    for (Map.Entry<Target, List<Long>> e : times.entrySet()) {
      List<Long> sorted = e.getValue().stream().sorted().toList();
      long median = median(sorted);
      System.out.printf("%-50s median %6d ms  (min %d, max %d, n=%d)%s  cpu median %d ms%n", e.getKey().label(),
          median, sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(),
          reference == null ? "" : String.format("  %.2f× WireMock", (double) median / reference),
          median(cpu.get(e.getKey())));
    }
    if (!allReady) {
      System.out.println("A sandbox answered before every platform was ready: see the lines above.");
      System.exit(1);
    }
  }

  /** One start, timed from spawning the JVM to its first HTTP answer. */
  private static Start startOnce(Target t) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port;
    String probe = t.kind().equals("sandbox") ? "/.well-known/openid-configuration" : "/__admin/health";
    // An empty working directory: WireMock creates mappings/ and __files/ where it runs.
    Path dir = Files.createTempDirectory("start-run");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", t.jar().toAbsolutePath().toString(), "--port", String.valueOf(port))
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = pb.start();
    try {
      int status;
      while (true) {
        status = status(base + probe);
        if (status > 0) {
          break;
        }
        if (!process.isAlive()) {
          throw new IllegalStateException(t.label() + " exited with " + process.exitValue() + " before answering");
        }
        if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(120)) {
          throw new IllegalStateException(t.label() + " did not answer in 120 s");
        }
        Thread.sleep(2);
      }
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      long cpuMs = cpuMs(process.pid());
      List<String> notReady = new ArrayList<>();
      if (status != 200) {
        notReady.add(probe + " answered " + status);
      }
      if (t.kind().equals("sandbox")) {
        expect(notReady, base, "/v2/notifications", 401, "\"AuthError\"");
        expect(notReady, base, "/v1/payments", 401, null);
        expect(notReady, base, "/.well-known/jwks.json", 200, "\"keys\"");
        expect(notReady, base, "/_sandbox", 200, "\"privateKeyPem\"");
      }
      if (!notReady.isEmpty()) {
        System.out.println("NOT READY " + t.label() + ": " + notReady);
      }
      return new Start(ms, cpuMs, notReady.isEmpty());
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void expect(List<String> notReady, String base, String path, int status, String bodyHas)
      throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
    c.setConnectTimeout(5_000);
    c.setReadTimeout(30_000);
    int got = c.getResponseCode();
    InputStream in = got >= 400 ? c.getErrorStream() : c.getInputStream();
    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    c.disconnect();
    if (got != status || (bodyHas != null && !body.contains(bodyHas))) {
      notReady.add(path + " answered " + got + " " + body.substring(0, Math.min(120, body.length())));
    }
  }

  /**
   * A process's user and system CPU time so far (Linux's {@code /proc/PID/stat}, in clock ticks taken as 100 a
   * second), or -1 elsewhere. On a shared machine this varies far less than wall time: it is the work a start
   * does, whoever else is running.
   */
  private static long cpuMs(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The status of a GET, or -1 while nothing listens on the port. */
  private static int status(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setConnectTimeout(1_000);
    c.setReadTimeout(60_000);
    c.setRequestProperty("Connection", "close");
    try {
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      if (in != null) {
        in.readAllBytes();
      }
      return status;
    } catch (ConnectException e) {
      return -1;
    } finally {
      c.disconnect();
    }
  }

  /** Loads the poller's own classes before the first timed start, so no start pays for them. */
  private static void warmPoller() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    status("http://127.0.0.1:" + port + "/");
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static Path defaultJar(String kind) throws IOException {
    if (kind.equals("wiremock")) {
      String v = Version.getCurrentVersion();
      return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "wiremock", "wiremock-standalone",
          v, "wiremock-standalone-" + v + ".jar");
    }
    if (!kind.equals("sandbox")) {
      throw new IllegalArgumentException("A jar is sandbox:PATH or wiremock:PATH, not " + kind);
    }
    Path target = Path.of("sdk-sandbox", "target");
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "sdk-sandbox-*-standalone.jar")) {
        for (Path jar : jars) {
          return jar;
        }
      }
    }
    throw new IllegalArgumentException("No sdk-sandbox/target/sdk-sandbox-*-standalone.jar: run from the project"
        + " root after ./mvnw -B -q package -DskipTests -pl sdk-sandbox -am, or pass sandbox:PATH");
  }
}
