package io.github.councilplatform.examples;

import io.github.councilplatform.examples.support.JourneyContext;

/**
 * One council journey: a short piece of code that reads top to bottom as the documentation of how a council
 * uses the SDK for one task.
 */
public interface Journey {
  /** {@return the name to run it by, for example {@code parking-permit}} */
  String name();

  /** {@return what the journey shows, in a few words} */
  String title();

  /**
   * Runs the journey, printing each step.
   *
   * @param ctx the platforms, the council's service, a browser for the resident and the step printer
   * @throws Exception if a step fails; {@link io.github.councilplatform.examples.support.JourneySkipped}
   *     when it cannot run here
   */
  void run(JourneyContext ctx) throws Exception;
}
