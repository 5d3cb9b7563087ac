package io.github.councilplatform.notify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SentNotification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against the sandbox, as an integrator would run it. */
class NotifyBatchCliTest {
  private static Sandbox sandbox;

  @TempDir
  Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String template;
  private Map<String, String> env;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.reset();
    template = sandbox.credentials().notifyService().templateIds().email();
    env = Map.of("NOTIFY_API_KEY", sandbox.credentials().notifyService().liveApiKey());
  }

  private int run(String... args) {
    return NotifyBatchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
  }

  private Path csv(String content) throws Exception {
    Path file = dir.resolve("reminders.csv");
    Files.writeString(file, content);
    return file;
  }

  private String[] args(String command, Path file, String... more) {
    String[] base = {"batch", command, "--file", file.toString(), "--template", template, "--base-url",
        sandbox.baseUrl(), "--journal-dir", dir.resolve("journal").toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void checkListsBadRowsAndSendsNothing() throws Exception {
    Path file = csv("email address,name\na@example.com,A\nnot-an-email,B\n");

    assertThat(run(args("check", file))).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(out.toString()).contains("2 rows, 1 good, 1 bad").contains("line 3:");
    assertThat(run(args("send", file))).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(sandbox.notifications().sent()).isEmpty();
  }

  @Test
  void sendsThenResumesNothingAndShowsStatusAndFailures() throws Exception {
    Path file = csv("email address,name\na@example.com,A\nnot-an-email,B\nc@example.com,C\n");
    Path failures = dir.resolve("failures.csv");

    assertThat(run(args("send", file, "--send-good-rows", "--failures", failures.toString())))
        .as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(sandbox.notifications().sent()).extracting(SentNotification::reference)
        .containsExactlyInAnyOrder("reminders:2", "reminders:4");
    assertThat(Files.readString(failures)).startsWith("line,key,reason\n3,3,failed the checks:");

    assertThat(run(args("resume", file, "--send-good-rows", "--failures", failures.toString())))
        .isEqualTo(ExitCodes.OK);
    assertThat(sandbox.notifications().sent()).hasSize(2);

    out.getBuffer().setLength(0);
    assertThat(run("batch", "status", "--batch-id", "reminders", "--journal-dir", dir.resolve("journal").toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("sent 2  failed 1").contains("completed");
  }

  @Test
  void badInputHasItsOwnExitCode() throws Exception {
    assertThat(run(args("check", csv("name\nA\n")))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("no recipient column");
    assertThat(run(args("resume", csv("email address,name\na@example.com,A\n")))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("no batch reminders to resume");
  }

  @Test
  void aMissingApiKeyIsAUsageError() throws Exception {
    env = Map.of();
    assertThat(run(args("check", csv("email address,name\na@example.com,A\n")))).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("NOTIFY_API_KEY");
  }
}
