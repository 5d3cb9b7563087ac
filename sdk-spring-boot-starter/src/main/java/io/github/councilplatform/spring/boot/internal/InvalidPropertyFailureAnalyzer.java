package io.github.councilplatform.spring.boot.internal;

import io.github.councilplatform.spring.boot.InvalidCouncilPlatformPropertyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad {@code council-platform.*} setting into Boot's start-up report: the property, then what to do. */
public final class InvalidPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidCouncilPlatformPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidCouncilPlatformPropertyException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
