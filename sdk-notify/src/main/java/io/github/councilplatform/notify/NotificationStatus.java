package io.github.councilplatform.notify;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The status of a notification, as GOV.UK Notify reports it on {@code GET /v2/notifications/{id}}, in
 * listings and in delivery receipts.
 *
 * <p>Emails use {@code created}, {@code sending}, {@code delivered} and the three failures; text messages add
 * {@code pending} and {@code sent} (international, no further receipt); letters use {@code accepted},
 * {@code received}, {@code cancelled} and failures; precompiled letters add {@code pending-virus-check},
 * {@code virus-scan-failed} and {@code validation-failed}. A status Notify adds later reads as
 * {@link #UNKNOWN} rather than failing.
 */
public enum NotificationStatus {
  /** Notify has placed the message in a queue, ready to be sent to the provider. */
  @JsonProperty("created") CREATED("created", false),
  /** Notify has sent the message to the provider. */
  @JsonProperty("sending") SENDING("sending", false),
  /** The provider is waiting for delivery information (text messages). */
  @JsonProperty("pending") PENDING("pending", false),
  /** Sent to an international number; the provider gives no further receipt. Final. */
  @JsonProperty("sent") SENT("sent", true),
  /** The message was delivered. Final. */
  @JsonProperty("delivered") DELIVERED("delivered", true),
  /** The provider could not deliver the message (for example, the address or number does not exist). Final. */
  @JsonProperty("permanent-failure") PERMANENT_FAILURE("permanent-failure", true),
  /** The provider could not deliver the message (for example, inbox full or phone off). Final. */
  @JsonProperty("temporary-failure") TEMPORARY_FAILURE("temporary-failure", true),
  /** Notify had a technical problem; the message was not sent. Final. */
  @JsonProperty("technical-failure") TECHNICAL_FAILURE("technical-failure", true),
  /** A filter-only value meaning any of the failures. Final. */
  @JsonProperty("failed") FAILED("failed", true),
  /** Notify has accepted the letter and is printing it. */
  @JsonProperty("accepted") ACCEPTED("accepted", false),
  /** The postal provider has received the letter to deliver. Final. */
  @JsonProperty("received") RECEIVED("received", true),
  /** The letter was cancelled. Final. */
  @JsonProperty("cancelled") CANCELLED("cancelled", true),
  /** A precompiled letter is being checked for viruses. */
  @JsonProperty("pending-virus-check") PENDING_VIRUS_CHECK("pending-virus-check", false),
  /** A precompiled letter failed the virus scan. Final. */
  @JsonProperty("virus-scan-failed") VIRUS_SCAN_FAILED("virus-scan-failed", true),
  /** A precompiled letter failed validation (layout, size, pages). Final. */
  @JsonProperty("validation-failed") VALIDATION_FAILED("validation-failed", true),
  /** The letter was returned to sender. Final. */
  @JsonProperty("returned-letter") RETURNED_LETTER("returned-letter", true),
  /** A status this SDK version does not know; Notify added it later. Not final. */
  @JsonEnumDefaultValue UNKNOWN(null, false);

  private final String value;
  private final boolean finalStatus;

  NotificationStatus(String value, boolean finalStatus) {
    this.value = value;
    this.finalStatus = finalStatus;
  }

  /**
   * Notify's spelling, for example {@code permanent-failure}; {@code null} for {@link #UNKNOWN}.
   *
   * @return Notify's spelling
   */
  public String value() {
    return value;
  }

  /**
   * Whether the notification will not change status again (delivered, sent, received, cancelled or one of
   * the failures). {@link #UNKNOWN} is not final.
   *
   * @return {@code true} for a final status
   */
  public boolean isFinal() {
    return finalStatus;
  }

  /**
   * The status for Notify's spelling.
   *
   * @param value a status as Notify spells it, may be {@code null}
   * @return the matching status, or {@link #UNKNOWN}
   */
  public static NotificationStatus fromValue(String value) {
    for (NotificationStatus s : values()) {
      if (s.value != null && s.value.equals(value)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
