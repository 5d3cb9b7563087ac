package io.github.councilplatform.core.internal;

/**
 * The message a client builder's {@code build()} gives for a required setting that is missing, in the words
 * a newcomer can act on. The likeliest cause of a missing key is the README's own pattern,
 * {@code .apiKey(System.getenv("NOTIFY_API_KEY"))}, with the variable unset: the setter then gets
 * {@code null}, so setters record that instead of throwing a bare {@code NullPointerException}.
 */
public final class MissingSetting {
  private MissingSetting() {}

  /**
   * Builds the exception for a missing setting.
   *
   * @param client the client's name, for example {@code NotifyClient}
   * @param setting the builder method, for example {@code apiKey}
   * @param givenNull whether the setter was called with {@code null} (rather than not called)
   * @param envVar the environment variable the README loads it from, for example {@code NOTIFY_API_KEY}
   * @param what what the value is and where it comes from
   * @return the exception to throw
   */
  public static IllegalStateException exception(String client, String setting, boolean givenNull, String envVar,
      String what) {
    String example = "." + setting + "(System.getenv(\"" + envVar + "\"))";
    if (givenNull) {
      return new IllegalStateException(client + " needs " + setting + ", but " + setting + "(…) was given null. If"
          + " it is loaded with " + example + ", the environment variable " + envVar + " is not set for this"
          + " process: set it to " + what + ".");
    }
    return new IllegalStateException(client + " needs " + setting + ": call " + setting + "(…) with " + what
        + ", for example " + example + ".");
  }
}
