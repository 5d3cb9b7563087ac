package io.github.councilplatform.sandbox.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Everything the SDK printed during a run: every log line at TRACE (with any logged exception), every
 * {@code toString()} of the objects it returned, and every exception chain it threw. The sandbox's own
 * loggers ({@code io.github.councilplatform.sandbox}, WireMock, Jetty) are left out: they are the
 * platforms' side, and the sandbox's HTTP server logs bodies at DEBUG by design.
 */
final class CapturedOutput implements AutoCloseable {
  private static final String SDK = "io.github.councilplatform";
  private static final String SANDBOX = "io.github.councilplatform.sandbox";

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root;
  private final Logger sdk;
  private final Level previousRoot;
  private final Level previousSdk;
  private final List<String> printed = new ArrayList<>();
  private final Set<String> secrets = new LinkedHashSet<>();

  CapturedOutput() {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    sdk = ctx.getLogger(SDK);
    previousRoot = root.getLevel();
    previousSdk = sdk.getLevel();
    root.setLevel(Level.TRACE);
    sdk.setLevel(Level.TRACE);
    appender.setContext(ctx);
    appender.start();
    root.addAppender(appender);
  }

  /** A value that must appear nowhere in the SDK's output: a secret or a personal value of this run. */
  CapturedOutput secret(String value) {
    if (value != null && value.length() >= 4) {
      secrets.add(value);
    }
    return this;
  }

  /** Records what the SDK prints for these objects (their {@code toString()}). */
  CapturedOutput printed(Object... objects) {
    for (Object o : objects) {
      printed.add(String.valueOf(o));
    }
    return this;
  }

  /** Records an exception the SDK threw, with its whole cause chain. */
  CapturedOutput thrown(Throwable e) {
    assertThat(e).as("the step was expected to fail").isNotNull();
    for (Throwable t = e; t != null; t = t.getCause()) {
      printed.add(t.toString());
      printed.add(String.valueOf(t.getMessage()));
    }
    return this;
  }

  /** The SDK's log lines so far, each with any exception logged with it. */
  List<String> sdkLogLines() {
    List<ILoggingEvent> events;
    // Jetty's threads append concurrently; the appender appends under its own lock.
    synchronized (appender) {
      events = new ArrayList<>(appender.list);
    }
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent e : events) {
      if (!e.getLoggerName().startsWith(SDK) || e.getLoggerName().startsWith(SANDBOX)) {
        continue;
      }
      StringBuilder line = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Fails naming every secret or personal value found in the SDK's output, and where. */
  void assertNothingLeaked() {
    List<String> outputs = new ArrayList<>(printed);
    outputs.addAll(sdkLogLines());
    assertThat(outputs).as("the run printed and logged something to scan").isNotEmpty();
    List<String> leaks = new ArrayList<>();
    for (String out : outputs) {
      for (String s : secrets) {
        if (out.contains(s)) {
          leaks.add("'" + s + "' in: " + out);
        }
      }
    }
    assertThat(leaks).as("secrets or personal values in the SDK's output").isEmpty();
  }

  /** How many SDK log lines were captured (the scan must have seen the SDK's logging). */
  int sdkLogLineCount() {
    return sdkLogLines().size();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    root.setLevel(previousRoot);
    sdk.setLevel(previousSdk);
  }
}
