package io.github.councilplatform.notify.cli;

import io.github.councilplatform.sandbox.SandboxMain;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code notify-batch}: bulk sending through GOV.UK Notify from the command line, and a local sandbox to try it
 * on. See {@link ExitCodes} for what each exit status means.
 */
@Command(name = "notify-batch", mixinStandardHelpOptions = true, versionProvider = NotifyBatchCli.Version.class,
    description = "Send GOV.UK Notify emails, text messages or letters in bulk from a CSV file, paced under the"
        + " service's rate limit and resumable with no duplicates.",
    subcommands = {BatchCommand.class, NotifyBatchCli.SandboxCommand.class},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:done (check: every row is good)", "1:an unexpected error", "2:wrong arguments",
        "3:bad input: template, file or columns (nothing sent)", "4:rows failed the checks (nothing sent)",
        "5:paused by Notify's daily limit: resume after the time shown",
        "6:done, but some outcomes are unknown: resume later to reconcile them",
        "7:stopped (network, API key): resume when fixed",
        "8:the journal belongs to another template or file (nothing sent)"})
public final class NotifyBatchCli {

  private NotifyBatchCli() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error (progress and errors)
   * @param env the environment to read the API key from
   * @return the exit code ({@link ExitCodes})
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
    CommandLine cli = new CommandLine(new NotifyBatchCli(), new Factory(env, err));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("Error: " + e.getMessage());
      return e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.UNEXPECTED;
    });
    return cli.execute(args);
  }

  /** Gives the commands the environment and error stream. */
  private record Factory(java.util.Map<String, String> env, PrintWriter err) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == BatchCommand.class) {
        return cls.cast(new BatchCommand(env));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** {@code notify-batch sandbox}: starts the local sandbox from this jar. */
  @Command(name = "sandbox", description = "Start the local sandbox (fake Notify, Pay and One Login) to try a"
      + " batch on: prints its address and API keys. Options as the sandbox jar: [--port N] [--host H].",
      mixinStandardHelpOptions = true)
  static final class SandboxCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Unmatched
    String[] args = new String[0];

    @Override
    public Integer call() throws Exception {
      SandboxMain.main(args);
      return ExitCodes.OK;
    }
  }

  /** The SDK's version, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = NotifyBatchCli.class.getPackage().getImplementationVersion();
      return new String[] {"notify-batch " + (v == null ? "(development build)" : v)};
    }
  }
}
