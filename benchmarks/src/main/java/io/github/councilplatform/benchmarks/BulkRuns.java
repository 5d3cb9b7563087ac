package io.github.councilplatform.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 17's measured runs of bulk sending, each against a sandbox in its own JVM and each sender in its own JVM
 * (so heap is the sender's alone, and {@code kill -9} is real), counted on the sandbox's side:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.BulkRuns rate 100000 60000
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.BulkRuns rate-csv 1000000 60000
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.BulkRuns crash 20000 60000 5 17
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.BulkRuns workers 30000 60000
 * }</pre>
 *
 * Exits non-zero when a must-be-zero count (duplicates, missing rows, 429s) is not zero.
 */
public final class BulkRuns {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      // HTTP/1.1: over an h2c upgrade, Jetty reset the stream of a million-notification listing.
      .version(HttpClient.Version.HTTP_1_1).build();

  private BulkRuns() {}

  /**
   * Runs one measurement.
   *
   * @param args {@code rate ROWS PER_MINUTE}, {@code rate-csv ROWS PER_MINUTE}, {@code crash ROWS PER_MINUTE
   *     KILLS SEED} or {@code workers ROWS PER_MINUTE}
   * @throws Exception if a run cannot start
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long rows = Long.parseLong(args[1]);
    long perMinute = Long.parseLong(args[2]);
    Path work = Files.createTempDirectory("bulk-runs");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port;
    Process sandbox = java("-Xmx6g", "io.github.councilplatform.sandbox.SandboxMain", "--port", String.valueOf(port))
        .redirectOutput(work.resolve("sandbox.log").toFile()).redirectErrorStream(true).start();
    boolean clean;
    try {
      JsonNode info = waitForSandbox(base);
      String apiKey = info.path("notify").path("apiKey").asText();
      String template = info.path("notify").path("templates").path("email").asText();
      post(base + "/_sandbox/notify/settings", "{\"rateLimit\": " + perMinute
          + ", \"dailyLimits\": {\"email\": 100000000}}");
      String batch = mode + "-" + System.currentTimeMillis();
      clean = switch (mode) {
        case "rate" -> rate(base, apiKey, template, batch, String.valueOf(rows), rows, perMinute, work);
        case "rate-csv" -> rate(base, apiKey, template, batch, "csv:" + csv(work, rows), rows, perMinute, work);
        case "crash" -> crash(base, apiKey, template, batch, rows, perMinute, work, Integer.parseInt(args[3]),
            new Random(Long.parseLong(args[4])));
        case "workers" -> workers(base, apiKey, template, batch, rows, perMinute);
        default -> throw new IllegalArgumentException("mode: rate, rate-csv, crash or workers; got " + mode);
      };
    } finally {
      sandbox.destroy();
      sandbox.waitFor(30, TimeUnit.SECONDS);
    }
    System.exit(clean ? 0 : 1);
  }

  private static boolean rate(String base, String key, String template, String batch, String rows, long n,
      long perMinute, Path work) throws Exception {
    String result = worker(List.of("-Xmx256m"), base, key, template, batch, rows, perMinute,
        "file:" + work.resolve("journal"), 32).waitForResult();
    System.out.println(result);
    Count c = count(base, batch);
    System.out.println(c);
    double rate = Double.parseDouble(field(result, "ratePerMinute"));
    System.out.printf("achieved %.1f%% of the limit%n", rate * 100 / perMinute);
    return c.clean(n) && field(result, "holdBacks").equals("0");
  }

  private static boolean crash(String base, String key, String template, String batch, long n, long perMinute,
      Path work, int kills, Random random) throws Exception {
    String journal = "file:" + work.resolve("journal");
    for (int k = 1; k <= kills; k++) {
      Worker w = worker(List.of("-Xmx256m"), base, key, template, batch, String.valueOf(n), perMinute, journal, 32);
      // A random point of the batch: once the sandbox holds a drawn number of its messages (between what it
      // had and what this run's share of the batch would bring), the sender is killed mid-send.
      long had = count(base, batch).distinct;
      long target = had + 1 + (long) (random.nextDouble() * (n - had) / (kills - k + 2));
      long seen;
      while ((seen = count(base, batch).distinct) < target && w.process.isAlive()) {
        Thread.sleep(100);
      }
      w.process.destroyForcibly().waitFor();
      System.out.printf("kill -9 number %d once the sandbox held %d (drawn %d); after the kill it holds %d%n", k,
          seen, target, count(base, batch).distinct);
    }
    System.out.println(worker(List.of("-Xmx256m"), base, key, template, batch, String.valueOf(n), perMinute,
        journal, 32).waitForResult());
    Count c = count(base, batch);
    System.out.println(c);
    return c.clean(n);
  }

  private static boolean workers(String base, String key, String template, String batch, long n, long perMinute)
      throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      List<Worker> ws = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        ws.add(worker(List.of("-Xmx256m"), base, key, template, batch, String.valueOf(n), perMinute, url, 16));
      }
      for (Worker w : ws) {
        System.out.println(w.waitForResult());
      }
      Count c = count(base, batch);
      System.out.println(c);
      System.out.printf("combined rate on the sandbox's side: %.0f a minute (limit %d)%n", c.perMinute(),
          perMinute);
      // The bucket starts empty, so over the whole run no more than the limit may arrive.
      return c.clean(n) && c.perMinute() <= perMinute * 1.001;
    }
  }

  private static Path csv(Path work, long rows) throws IOException {
    Path file = work.resolve("rows.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("email address,name\n");
      for (long i = 1; i <= rows; i++) {
        out.write("resident" + i + "@example.com,Resident " + i + "\n");
      }
    }
    System.out.printf("generated %s: %d rows, %.1f MiB%n", file, rows, Files.size(file) / 1048576.0);
    return file;
  }

  /** What the sandbox received for one batch, by reference. */
  record Count(long total, long distinct, Instant first, Instant last) {
    boolean clean(long expected) {
      return total == expected && distinct == expected;
    }

    double perMinute() {
      double seconds = Duration.between(first, last).toNanos() / 1e9;
      return seconds <= 0 ? 0 : (total - 1) / seconds * 60;
    }

    @Override
    public String toString() {
      return "sandbox side: " + total + " messages, " + distinct + " distinct references, duplicates "
          + (total - distinct) + ", first " + first + ", last " + last;
    }
  }

  private static Count count(String base, String batch) throws Exception {
    JsonNode all = JSON.readTree(get(base + "/_sandbox/notify/notifications"));
    Map<String, Integer> seen = new HashMap<>();
    long total = 0;
    Instant first = Instant.MAX;
    Instant last = Instant.MIN;
    for (JsonNode n : all.path("notifications")) {
      String ref = n.path("reference").asText("");
      if (!ref.startsWith(batch + ":")) {
        continue;
      }
      total++;
      seen.merge(ref, 1, Integer::sum);
      Instant at = Instant.parse(n.path("created_at").asText());
      first = at.isBefore(first) ? at : first;
      last = at.isAfter(last) ? at : last;
    }
    return new Count(total, seen.size(), first, last);
  }

  private static JsonNode waitForSandbox(String base) throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        return JSON.readTree(get(base + "/_sandbox"));
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("The sandbox did not start in 60 s");
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode());
    }
    return r.body();
  }

  private static void post(String url, String body) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  private static ProcessBuilder java(String heap, String main, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-cp", System.getProperty("java.class.path"), main));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  private static Worker worker(List<String> jvm, String base, String key, String template, String batch,
      String rows, long perMinute, String journal, int parallelism) throws IOException {
    Path log = Files.createTempFile("bulk-worker", ".log");
    Process p = java(jvm.get(0), "io.github.councilplatform.benchmarks.BulkWorker", base, key, template, batch,
        rows, String.valueOf(perMinute), journal, String.valueOf(parallelism))
        .redirectOutput(log.toFile()).redirectErrorStream(true).start();
    return new Worker(p, log);
  }

  private static String field(String result, String name) {
    for (String part : result.split(" ")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    throw new IllegalStateException("no " + name + " in " + result);
  }

  /** A sender JVM and its output. */
  record Worker(Process process, Path log) {
    String waitForResult() throws Exception {
      int exit = process.waitFor();
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("MESSAGE")) {
          System.out.println(line);
        }
        if (line.startsWith("RESULT")) {
          return line;
        }
      }
      throw new IllegalStateException("The worker exited " + exit + " without a result; its output: "
          + String.join("\n", Files.readAllLines(log)));
    }
  }
}
