package io.github.councilplatform.notify.bulk;

/**
 * A warning: a row sends to a recipient an earlier row already sends to. Both rows are kept (and sent): a
 * household with two accounts may rightly get two reminders. Drop the row from the source if it is a mistake.
 *
 * @param line the later row's line
 * @param firstLine the line of the first row with that recipient
 */
public record DuplicateRecipient(long line, long firstLine) {}
