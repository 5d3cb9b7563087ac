package io.github.councilplatform.spring.boot.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.ClassUtils;

/** Adds the sandbox to a test's context when the test class carries {@link AutoConfigureCouncilPlatformSandbox}. */
public final class SandboxContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    if (TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureCouncilPlatformSandbox.class)
        == null) {
      return null;
    }
    if (!ClassUtils.isPresent("io.github.councilplatform.sandbox.Sandbox", testClass.getClassLoader())) {
      throw new IllegalStateException(testClass.getName() + " is annotated @AutoConfigureCouncilPlatformSandbox but"
          + " the sandbox is not on the test classpath. Add io.github.councilplatform:sdk-sandbox with test scope.");
    }
    return new SandboxContextCustomizer();
  }
}
