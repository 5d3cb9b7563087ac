package io.github.councilplatform.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * Notify's callback when a letter is returned to sender.
 *
 * @param notificationId the letter's notification id
 * @param reference the reference given when sending through the API, or {@code null}
 * @param dateSent when the letter was sent
 * @param sentBy who sent it: an email address for letters sent from Notify's website, {@code API} otherwise
 * @param templateName the template's name, or {@code null} for precompiled letters
 * @param templateId the template id, or {@code null} for precompiled letters
 * @param templateVersion the template version, or {@code null} for precompiled letters
 * @param spreadsheetFileName the uploaded spreadsheet it was sent from, or {@code null}
 * @param spreadsheetRowNumber the spreadsheet row, or {@code null}
 * @param uploadLetterFileName the uploaded letter's file name, or {@code null}
 */
public record ReturnedLetterCallback(UUID notificationId, String reference, Instant dateSent, String sentBy,
    String templateName, UUID templateId, Integer templateVersion, String spreadsheetFileName,
    Integer spreadsheetRowNumber, String uploadLetterFileName) implements NotifyCallback {

  /** Leaves out who sent the letter and the file names, which can identify people. */
  @Override
  public String toString() {
    return "ReturnedLetterCallback{notificationId=" + notificationId + ", reference=" + reference + ", dateSent="
        + dateSent + ", templateId=" + templateId + ", templateVersion=" + templateVersion + ", sentBy="
        + (sentBy == null ? null : "***") + ", spreadsheetRowNumber=" + spreadsheetRowNumber + '}';
  }
}
