package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.notify.TemplateType;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What makes a batch itself, so that a journal is only ever resumed with the batch it was written for: the
 * batch id (the first half of every row's Notify {@code reference}), the template and its channel, and a
 * fingerprint of the rows (a SHA-256 over the source, worked out while the rows are checked). A journal opened
 * with the same id but another template, channel or fingerprint refuses with {@link JournalMismatchException}:
 * resuming it would pair one file's "already sent" marks with another file's rows.
 *
 * @param batchId your name for the batch, for example {@code council-tax-2026-03}: 1 to 100 letters, digits,
 *     {@code . _ -}
 * @param templateId the Notify template every row is sent with
 * @param channel the template's channel ({@link TemplateType#EMAIL}, {@link TemplateType#SMS} or
 *     {@link TemplateType#LETTER})
 * @param fingerprint a hex SHA-256 of the batch's rows
 */
public record BatchIdentity(String batchId, UUID templateId, TemplateType channel, String fingerprint) {

  private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the identity.
   *
   * @param batchId your name for the batch
   * @param templateId the template
   * @param channel the template's channel
   * @param fingerprint a lower-case hex SHA-256 of the rows
   * @throws IllegalArgumentException if a part is missing or malformed
   */
  public BatchIdentity {
    Objects.requireNonNull(batchId, "batchId");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (!BATCH_ID.matcher(batchId).matches()) {
      throw new IllegalArgumentException("A batch id is 1 to 100 letters, digits, '.', '_' or '-'; got \""
          + batchId + '"');
    }
    if (channel != TemplateType.EMAIL && channel != TemplateType.SMS && channel != TemplateType.LETTER) {
      throw new IllegalArgumentException("A batch sends emails, text messages or letters; got " + channel);
    }
    if (!SHA256_HEX.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException("fingerprint must be 64 lower-case hex digits (SHA-256)");
    }
  }

  /**
   * The Notify {@code reference} a row of this batch is sent with: {@code batchId + ":" + rowKey}. The same
   * row always gets the same reference, which is what lets a send whose outcome is unknown be found again.
   *
   * @param row the row
   * @return the reference
   */
  public String referenceFor(RowRef row) {
    return batchId + ':' + row.key();
  }
}
