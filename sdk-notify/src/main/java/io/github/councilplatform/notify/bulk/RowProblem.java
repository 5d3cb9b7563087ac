package io.github.councilplatform.notify.bulk;

/**
 * A row that failed the checks, or that Notify refused.
 *
 * @param line the row's line in its source (the CSV header is line 1)
 * @param key the row's key
 * @param reason why, without the recipient or personalisation values
 */
public record RowProblem(long line, String key, String reason) {}
