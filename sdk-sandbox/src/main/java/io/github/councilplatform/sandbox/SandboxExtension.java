package io.github.councilplatform.sandbox;

import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: a {@link Sandbox} for your tests, reset before each test, injected into test and lifecycle
 * methods that declare a {@code Sandbox} parameter.
 *
 * <p>With no options, one sandbox per test class (and its {@code @Nested} classes) on a free port:
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class PermitTest {
 *   @Test
 *   void sendsConfirmation(Sandbox sandbox) { … }
 * }
 * }</pre>
 *
 * <p>With options, in the style of WireMock's {@code WireMockExtension.newInstance()…build()}: in a
 * {@code static} field one sandbox serves the whole class; in an instance field each test gets its own, stopped
 * after the test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static SandboxExtension sandbox = SandboxExtension.newInstance()
 *     .clock(Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC))
 *     .requestJournalEntries(200)
 *     .build();
 *
 * @Test
 * void remindsAfterAWeek() {
 *   NotifyClient notify = sandbox.sandbox().notifyClient();
 *   …
 * }
 * }</pre>
 *
 * <p>Register one {@code SandboxExtension} per test class: with two, a {@code Sandbox} parameter would be
 * ambiguous.
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SandboxExtension.class);

  private final SandboxOptions options;
  private final boolean resetBeforeEachTest;
  /**
   * The store key of this registration's sandbox: shared by every zero-config registration (so an
   * {@code @ExtendWith} repeated on a {@code @Nested} class reuses the outer sandbox), its own for a built one.
   */
  private final Object key;
  private volatile Sandbox current;

  /** Creates the zero-config extension (defaults, reset before each test); JUnit calls this. */
  public SandboxExtension() {
    this.options = SandboxOptions.defaults();
    this.resetBeforeEachTest = true;
    this.key = Sandbox.class;
  }

  private SandboxExtension(Builder b) {
    this.options = b.options.build();
    this.resetBeforeEachTest = b.resetBeforeEachTest;
    this.key = this;
  }

  /** A builder for a configured extension, to register with {@code @RegisterExtension}. */
  public static Builder newInstance() {
    return new Builder();
  }

  /**
   * The running sandbox of this registration.
   *
   * @return the sandbox
   * @throws IllegalStateException outside a test or class lifecycle (before it starts or after it stops)
   */
  public Sandbox sandbox() {
    Sandbox s = current;
    if (s == null) {
      throw new IllegalStateException("The sandbox is not running: use it from a test or lifecycle method of the"
          + " class that registers this extension");
    }
    return s;
  }

  /** The options this extension starts its sandbox with. */
  public SandboxOptions options() {
    return options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    current = context.getStore(NS).getOrComputeIfAbsent(key, k -> Sandbox.start(options), Sandbox.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Sandbox s = find(context);
    if (s == null) {
      // An instance field: JUnit registers it after the class callbacks, so each test has its own sandbox.
      s = Sandbox.start(options);
      context.getStore(NS).put(key, s);
    } else if (resetBeforeEachTest) {
      s.reset();
    }
    current = s;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    // Only removes a sandbox started for this one test; a class's sandbox lives in the class's store.
    close(context.getStore(NS).remove(key, Sandbox.class));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close(context.getStore(NS).remove(key, Sandbox.class));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Sandbox s = find(extensionContext);
    if (s == null) {
      throw new ParameterResolutionException("No sandbox is running for " + parameterContext.getDeclaringExecutable()
          + ": a SandboxExtension in an instance field starts its sandbox per test, so inject it into test and"
          + " @BeforeEach methods only, or make the field static");
    }
    return s;
  }

  private Sandbox find(ExtensionContext context) {
    // Stores look up their parents' values, so a test or @Nested class finds its class's sandbox.
    return context.getStore(NS).get(key, Sandbox.class);
  }

  private void close(Sandbox sandbox) {
    if (sandbox != null) {
      if (current == sandbox) {
        current = null;
      }
      sandbox.close();
    }
  }

  /** Builds a configured {@link SandboxExtension}; every option defaults as in {@link SandboxOptions}. */
  public static final class Builder {
    private SandboxOptions.Builder options = SandboxOptions.builder();
    private boolean resetBeforeEachTest = true;

    private Builder() {}

    /**
     * Starts from whole options (replacing any set so far).
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(SandboxOptions options) {
      this.options = Objects.requireNonNull(options, "options").toBuilder();
      return this;
    }

    /**
     * The address to bind (see {@link SandboxOptions.Builder#host}).
     *
     * @param host the address
     * @return this builder
     */
    public Builder host(String host) {
      options.host(host);
      return this;
    }

    /**
     * The port (see {@link SandboxOptions.Builder#port}); 0, the default, picks a free one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      options.port(port);
      return this;
    }

    /**
     * The clock the sandbox clock runs on (see {@link SandboxOptions.Builder#clock}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      options.clock(clock);
      return this;
    }

    /**
     * How many requests WireMock's journal keeps (see {@link SandboxOptions.Builder#requestJournalEntries}).
     *
     * @param entries how many; 0 turns it off
     * @return this builder
     */
    public Builder requestJournalEntries(int entries) {
      options.requestJournalEntries(entries);
      return this;
    }

    /**
     * Whether a class's sandbox is {@link Sandbox#reset() reset} before each test (default true). Turn it off
     * only for tests that build on each other's state on purpose.
     *
     * @param reset whether to reset
     * @return this builder
     */
    public Builder resetBeforeEachTest(boolean reset) {
      this.resetBeforeEachTest = reset;
      return this;
    }

    /** The extension. */
    public SandboxExtension build() {
      return new SandboxExtension(this);
    }
  }
}
