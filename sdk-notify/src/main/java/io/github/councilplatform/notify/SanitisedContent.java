package io.github.councilplatform.notify;

/**
 * A placeholder value before and after Notify sanitised it (links removed, Markdown escaped), for a name
 * listed in {@link EmailRequest#sanitiseContentFor()}.
 *
 * @param unsanitised the value as sent
 * @param sanitised the value as it appears in the email
 */
public record SanitisedContent(String unsanitised, String sanitised) {

  /** Prints lengths only: both values are personalisation (personal data). */
  @Override
  public String toString() {
    return "SanitisedContent{unsanitised=" + (unsanitised == null ? 0 : unsanitised.length()) + " chars, sanitised="
        + (sanitised == null ? 0 : sanitised.length()) + " chars}";
  }
}
