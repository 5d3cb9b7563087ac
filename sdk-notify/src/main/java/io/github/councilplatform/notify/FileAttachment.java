package io.github.councilplatform.notify;

import io.github.councilplatform.core.RequestValidationException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file to send by email with Notify's "send a file by email" feature: put it in an email's
 * personalisation under the placeholder the template uses for the link, for example
 * {@code personalisation(Map.of("link_to_file", FileAttachment.of(pdfBytes, "permit.pdf")))}.
 *
 * <p>Checked when created, so an oversized file is never uploaded: at most 2 MB ({@value #MAX_BYTES}
 * bytes) and not empty; a filename, if given, must include an extension and be at most 100 characters; a
 * retention period, if given, must be 1 to 78 weeks. Notify's defaults apply to what is left out
 * (confirm the email address before download: yes; retention: 26 weeks).
 *
 * @param content the file's bytes (copied; at most 2 MB)
 * @param filename the name the recipient sees, with an extension such as {@code .pdf}, or {@code null}
 * @param confirmEmailBeforeDownload whether the recipient must confirm their email address before
 *     downloading, or {@code null} for Notify's default (yes)
 * @param retentionPeriodWeeks how many weeks the file stays available (1–78), or {@code null} for Notify's
 *     default (26)
 */
public record FileAttachment(byte[] content, String filename, Boolean confirmEmailBeforeDownload,
    Integer retentionPeriodWeeks) {

  /** The largest file Notify accepts: 2 MB (2 × 1024 × 1024 bytes). */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /**
   * Checks and copies the attachment.
   *
   * @param content the file's bytes (copied; at most 2 MB)
   * @param filename the name the recipient sees, with an extension such as {@code .pdf}, or {@code null}
   * @param confirmEmailBeforeDownload whether the recipient must confirm their email address before
   *     downloading, or {@code null} for Notify's default (yes)
   * @param retentionPeriodWeeks how many weeks the file stays available (1–78), or {@code null} for Notify's
   *     default (26)
   * @throws RequestValidationException if the file is empty or over 2 MB, the filename has no extension or is over 100 characters, or the retention period is outside 1–78 weeks
   */
  public FileAttachment {
    Objects.requireNonNull(content, "content");
    if (content.length == 0) {
      throw new RequestValidationException("file", "is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new RequestValidationException("file", "is larger than 2MB (" + content.length + " bytes; the limit is "
          + MAX_BYTES + "); Notify would refuse it");
    }
    if (filename != null) {
      if (filename.isBlank() || filename.indexOf('.') < 0) {
        throw new RequestValidationException("filename", "must include a file extension, for example .pdf");
      }
      if (filename.length() > 100) {
        throw new RequestValidationException("filename", "must be at most 100 characters");
      }
    }
    if (retentionPeriodWeeks != null && (retentionPeriodWeeks < 1 || retentionPeriodWeeks > 78)) {
      throw new RequestValidationException("retention_period", "must be between 1 and 78 weeks; got "
          + retentionPeriodWeeks);
    }
    content = content.clone();
  }

  /**
   * A file with Notify's defaults for everything but its name.
   *
   * @param content the file's bytes, at most 2 MB
   * @param filename the name the recipient sees, with an extension, or {@code null}
   * @return the attachment
   * @throws RequestValidationException as the canonical constructor
   */
  public static FileAttachment of(byte[] content, String filename) {
    return new FileAttachment(content, filename, null, null);
  }

  /**
   * A copy with another setting for confirming the email address before download.
   *
   * @param confirm whether the recipient must confirm their email address first
   * @return the new attachment
   */
  public FileAttachment withConfirmEmailBeforeDownload(boolean confirm) {
    return new FileAttachment(content, filename, confirm, retentionPeriodWeeks);
  }

  /**
   * A copy with another retention period.
   *
   * @param weeks 1 to 78
   * @return the new attachment
   * @throws RequestValidationException if outside 1–78
   */
  public FileAttachment withRetentionPeriodWeeks(int weeks) {
    return new FileAttachment(content, filename, confirmEmailBeforeDownload, weeks);
  }

  /**
   * A copy of the file's bytes.
   *
   * @return the bytes
   */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /**
   * The size of the file in bytes.
   *
   * @return the size in bytes
   */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileAttachment f && Arrays.equals(content, f.content) && Objects.equals(filename, f.filename)
        && Objects.equals(confirmEmailBeforeDownload, f.confirmEmailBeforeDownload)
        && Objects.equals(retentionPeriodWeeks, f.retentionPeriodWeeks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(content), filename, confirmEmailBeforeDownload, retentionPeriodWeeks);
  }

  /** Describes the file without its content. */
  @Override
  public String toString() {
    return "FileAttachment{filename=" + filename + ", size=" + content.length + ", confirmEmailBeforeDownload="
        + confirmEmailBeforeDownload + ", retentionPeriodWeeks=" + retentionPeriodWeeks + '}';
  }
}
