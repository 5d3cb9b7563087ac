package io.github.councilplatform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.internal.Responses;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The standalone sandbox starts, prints its URL and credentials, serves {@code /_sandbox} and the platforms, and
 * stops cleanly on SIGTERM. Runs the shaded jar when a fresh one is in {@code target/}, otherwise
 * {@link SandboxMain} from the test class path, in a separate JVM either way.
 */
class SandboxStandaloneTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @Test
  void startsServesAndStopsCleanly() throws Exception {
    List<String> output = new CopyOnWriteArrayList<>();
    Process process = new ProcessBuilder(command("--port", "0")).redirectErrorStream(true).start();
    try {
      CompletableFuture<String> url = new CompletableFuture<>();
      Thread drain = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            output.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
              url.complete(m.group(1));
            }
          }
        } catch (IOException e) {
          url.completeExceptionally(e);
        }
        url.completeExceptionally(new AssertionError("Exited without a URL: " + output));
      });
      drain.setDaemon(true);
      drain.start();
      String baseUrl = url.get(60, TimeUnit.SECONDS);
      assertThat(baseUrl).startsWith("http://127.0.0.1:");

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_sandbox")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(info.statusCode()).isEqualTo(200);
      JsonNode json = Responses.JSON.readTree(info.body());
      assertThat(json.path("baseUrl").asText()).isEqualTo(baseUrl);
      String apiKey = json.path("notify").path("apiKey").asText();
      assertThat(apiKey).isNotEmpty();
      assertThat(json.has("pay")).isTrue();
      assertThat(json.has("oneLogin")).isTrue();
      // The credentials printed at start-up are the ones served.
      assertPrinted(output, apiKey);
      // A platform answers: Notify rejects a call without a token with its real 401.
      HttpResponse<String> v2 = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v2/templates")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(v2.statusCode()).isEqualTo(401);

      int port = URI.create(baseUrl).getPort();
      process.destroy(); // SIGTERM: the shutdown hook closes the sandbox.
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void helpAndBadArguments() throws Exception {
    Process help = new ProcessBuilder(command("--help")).redirectErrorStream(true).start();
    String helpText = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(help.exitValue()).isZero();
    assertThat(helpText).contains("Usage:").contains("--port");

    Process bad = new ProcessBuilder(command("--colour", "blue")).redirectErrorStream(true).start();
    String badText = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(bad.exitValue()).isEqualTo(2);
    assertThat(badText).contains("Unknown argument --colour");

    Process badPort = new ProcessBuilder(command("--port", "eighty")).redirectErrorStream(true).start();
    String badPortText = new String(badPort.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(badPort.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(badPort.exitValue()).isEqualTo(2);
    assertThat(badPortText).contains("--port needs a number");
  }

  /**
   * Issue 14: the port must not accept connections before the platforms are registered. Requests are sent
   * continuously from the moment the process starts; each is either refused (port not open yet) or answered by
   * Notify itself, never by WireMock's "no stub mappings" 404.
   */
  @Test
  void thePortOpensOnlyWhenEveryPlatformAnswers() throws Exception {
    int port = Ports.free("127.0.0.1");
    Process process = new ProcessBuilder(command("--port", String.valueOf(port))).redirectErrorStream(true)
        .start();
    try {
      CompletableFuture<Void> printed = new CompletableFuture<>();
      Thread drain = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            if (line.contains("listening on")) {
              printed.complete(null);
            }
          }
        } catch (IOException e) {
          printed.completeExceptionally(e);
        }
        printed.completeExceptionally(new AssertionError("exited without printing its URL"));
      });
      drain.setDaemon(true);
      drain.start();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/templates"))
          .build();
      List<String> answers = new ArrayList<>();
      boolean answered = false;
      while (!answered || !printed.isDone()) {
        try {
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          answers.add(response.statusCode() + " " + response.body());
          answered = true;
        } catch (ConnectException notOpenYet) {
          assertThat(process.isAlive()).as("sandbox process alive").isTrue();
          Thread.sleep(5); // polling for the port to open; nothing is asserted about how long it takes
        }
      }
      printed.get();
      assertThat(answers).isNotEmpty().allSatisfy(a -> assertThat(a).startsWith("401 ")
          .doesNotContain("No response could be served"));
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aPortInUseIsOneClearLineAndANonZeroExit() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Process process = new ProcessBuilder(command("--port", String.valueOf(port))).redirectErrorStream(true)
          .start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(process.exitValue()).isEqualTo(1);
      assertThat(text.strip().lines()).containsExactly("Cannot start the sandbox: port " + port
          + " on 127.0.0.1 is already in use. Stop what is using it, or choose another with --port N"
          + " (0 picks a free one).");
    }
  }

  @Test
  void theDefaultPortIsNeitherSpringBootsNorTheSeededRedirectUris() throws Exception {
    Process help = new ProcessBuilder(command("--help")).redirectErrorStream(true).start();
    String helpText = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(helpText).contains("default " + SandboxMain.DEFAULT_PORT);

    try (Sandbox sandbox = Sandbox.start()) {
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> oneLogin = (java.util.Map<String, Object>) sandbox.info().get("oneLogin");
      for (String key : List.of("redirectUri", "postLogoutRedirectUri")) {
        URI seeded = URI.create(oneLogin.get(key).toString());
        assertThat(seeded.getPort()).as(key).isNotEqualTo(SandboxMain.DEFAULT_PORT);
      }
    }
    assertThat(SandboxMain.DEFAULT_PORT).isNotEqualTo(8080);
  }

  /** {@code java -jar <standalone jar>} when a jar newer than the compiled classes exists; else the class path. */
  private static List<String> command(String... args) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m"));
    Optional<Path> jar = freshStandaloneJar();
    if (jar.isPresent()) {
      cmd.addAll(List.of("-jar", jar.get().toString()));
    } else {
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
    }
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static Optional<Path> freshStandaloneJar() throws IOException {
    Path target = Paths.get("target");
    Path mainClass = target.resolve("classes/io/github/councilplatform/sandbox/SandboxMain.class");
    if (!Files.isDirectory(target) || !Files.exists(mainClass)) {
      return Optional.empty();
    }
    long classesTime = Files.getLastModifiedTime(mainClass).toMillis();
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().endsWith("-standalone.jar"))
          .filter(p -> p.toFile().lastModified() >= classesTime)
          .filter(p -> new File(p.toString()).length() > 0)
          .findFirst();
    }
  }

  /** The start-up banner shows the seeded credentials (the drain thread may still be reading them). */
  private static void assertPrinted(List<String> output, String apiKey) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (output.stream().noneMatch(l -> l.contains(apiKey)) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(String.join("\n", output)).contains("Seeded credentials").contains(apiKey);
  }
}
