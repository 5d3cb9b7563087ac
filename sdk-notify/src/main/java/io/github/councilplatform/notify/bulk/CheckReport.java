package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.notify.TemplateType;
import java.util.List;
import java.util.UUID;

/**
 * What checking every row of a batch found, before anything was sent ({@link BulkSender#check(BatchPlan)}).
 * Problems and duplicates are listed up to {@link #MAX_LISTED} each; the counts are always complete.
 *
 * @param batchId the batch id
 * @param templateId the template
 * @param channel the template's channel
 * @param source the source's description (the file name)
 * @param rows how many rows were checked
 * @param badRows how many rows failed the checks
 * @param problems the bad rows, by line, at most {@link #MAX_LISTED}
 * @param duplicateRecipients how many rows repeat an earlier row's recipient
 * @param duplicates those rows, at most {@link #MAX_LISTED}
 * @param fingerprint the SHA-256 of the source, which the journal records
 */
public record CheckReport(String batchId, UUID templateId, TemplateType channel, String source, long rows,
    long badRows, List<RowProblem> problems, long duplicateRecipients, List<DuplicateRecipient> duplicates,
    String fingerprint) {

  /** The most problems (and duplicates) a report lists; a file with more has a deeper fault. */
  public static final int MAX_LISTED = 10_000;

  /**
   * Copies the lists.
   *
   * @param batchId the batch id
   * @param templateId the template
   * @param channel the channel
   * @param source the source
   * @param rows rows checked
   * @param badRows rows that failed
   * @param problems the bad rows
   * @param duplicateRecipients rows repeating a recipient
   * @param duplicates those rows
   * @param fingerprint the source's SHA-256
   */
  public CheckReport {
    problems = List.copyOf(problems);
    duplicates = List.copyOf(duplicates);
  }

  /**
   * How many rows passed the checks.
   *
   * @return rows minus bad rows
   */
  public long goodRows() {
    return rows - badRows;
  }

  /**
   * Whether every row passed.
   *
   * @return {@code true} when there are no bad rows
   */
  public boolean allGood() {
    return badRows == 0;
  }
}
