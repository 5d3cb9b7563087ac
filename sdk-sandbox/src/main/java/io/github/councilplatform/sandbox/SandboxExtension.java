package io.github.councilplatform.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link Sandbox} per test class, reset before each test, injected into test and
 * lifecycle methods that declare a {@code Sandbox} parameter.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class PermitTest {
 *   @Test
 *   void sendsConfirmation(Sandbox sandbox) { … }
 * }
 * }</pre>
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback,
    ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SandboxExtension.class);

  /** Creates the extension; JUnit calls this. */
  public SandboxExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).getOrComputeIfAbsent(Sandbox.class, k -> Sandbox.start(), Sandbox.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    sandbox(context).reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Sandbox sandbox = context.getStore(NS).remove(Sandbox.class, Sandbox.class);
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return sandbox(extensionContext);
  }

  private static Sandbox sandbox(ExtensionContext context) {
    ExtensionContext c = context;
    while (c != null) {
      Sandbox s = c.getStore(NS).get(Sandbox.class, Sandbox.class);
      if (s != null) {
        return s;
      }
      c = c.getParent().orElse(null);
    }
    throw new IllegalStateException("No sandbox: register SandboxExtension on the test class");
  }
}
