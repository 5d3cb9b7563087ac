package io.github.councilplatform.notify;

/**
 * A placeholder value before and after Notify sanitised it (links removed, Markdown escaped), for a name
 * listed in {@link EmailRequest#sanitiseContentFor()}.
 *
 * @param unsanitised the value as sent
 * @param sanitised the value as it appears in the email
 */
public record SanitisedContent(String unsanitised, String sanitised) {}
