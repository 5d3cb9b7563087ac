package io.github.councilplatform.sandbox;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link Sandbox}: the address to bind (127.0.0.1 unless told otherwise), the port (0 picks a
 * free one), the base clock, and how many requests WireMock's journal keeps.
 */
public final class SandboxOptions {
  private final String host;
  private final int port;
  private final Clock clock;
  private final int requestJournalEntries;

  private SandboxOptions(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.clock = b.clock;
    this.requestJournalEntries = b.requestJournalEntries;
  }

  /** The defaults: 127.0.0.1, a free port, the system clock. */
  public static SandboxOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address to bind. */
  public String host() {
    return host;
  }

  /** The port to bind; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** The clock the sandbox clock runs on top of. */
  public Clock clock() {
    return clock;
  }

  /** How many recent requests WireMock's request journal keeps for verification; 0 turns it off. */
  public int requestJournalEntries() {
    return requestJournalEntries;
  }

  /** A builder starting from these options, to change some of them. */
  public Builder toBuilder() {
    return builder().host(host).port(port).clock(clock).requestJournalEntries(requestJournalEntries);
  }

  /** Builds {@link SandboxOptions}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Clock clock = Clock.systemUTC();
    private int requestJournalEntries = 20;

    private Builder() {}

    /**
     * The address to bind; keep 127.0.0.1 unless other machines must reach the sandbox.
     *
     * @param host an address or host name
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param port 0–65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The base clock (default the system UTC clock); the sandbox clock adds its offset to it.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How many recent requests WireMock's request journal keeps, for {@code sandbox.wireMock().verify(…)}
     * (default 20); 0 turns the journal off. WireMock trims the journal by counting it on every request, so a
     * large journal slows every call down.
     *
     * @param entries 0 or more
     * @return this builder
     */
    public Builder requestJournalEntries(int entries) {
      if (entries < 0) {
        throw new IllegalArgumentException("requestJournalEntries must be 0 or more: " + entries);
      }
      this.requestJournalEntries = entries;
      return this;
    }

    /** Builds the options. */
    public SandboxOptions build() {
      return new SandboxOptions(this);
    }
  }
}
