package io.github.councilplatform.examples;

import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.CouncilService;
import io.github.councilplatform.examples.support.HtmlUnitBrowser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/** A sandbox, the council's service and a runner for one test class, with everything printed captured. */
final class SandboxRun implements AutoCloseable {
  final JourneyRunner runner;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  SandboxRun() throws Exception {
    this(Map.of(), council -> new HtmlUnitBrowser());
  }

  SandboxRun(Map<String, String> env, Function<CouncilService, Browser> browsers) throws Exception {
    PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
    runner = JourneyRunner.start(env, out, browsers);
  }

  JourneyRunner.Result run(String journey) {
    JourneyRunner.Result result = runner.run(Examples.journey(journey).orElseThrow());
    System.out.println(output());
    return result;
  }

  String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  CouncilService council() {
    return runner.council();
  }

  @Override
  public void close() {
    runner.close();
  }
}
