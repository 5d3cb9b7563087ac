package io.github.councilplatform.examples;

/**
 * Runs the council journeys. With no configuration they run against the sandbox started in-process.
 */
public final class Examples {
  private Examples() {}

  /**
   * Runs every journey, or the ones named on the command line.
   *
   * @param args journey names
   */
  public static void main(String[] args) {
    System.out.println("Council Platform SDK examples: the journeys land with the examples issue.");
  }
}
