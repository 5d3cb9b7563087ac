package io.github.councilplatform.notify;

import io.github.councilplatform.core.Redaction;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.notify.internal.Checks;
import java.util.Map;
import java.util.UUID;

/**
 * A text message to send with {@link NotifyApi#sendSms(SmsRequest)} ({@code POST /v2/notifications/sms}).
 * Checked when built, so a request Notify would certainly refuse is never sent.
 *
 * @param templateId the text message template (required)
 * @param phoneNumber the recipient, UK or international; digits, spaces and {@code ()-+} only (required)
 * @param personalisation placeholder values: text, numbers or lists (never {@code null}; may be empty)
 * @param reference your own identifier for the message, at most 1000 characters, or {@code null}; give one
 *     so that a send whose outcome is unknown can be reconciled
 * @param smsSenderId the sender to use instead of the service's default, or {@code null}
 */
public record SmsRequest(UUID templateId, String phoneNumber, Map<String, Object> personalisation,
    String reference, UUID smsSenderId) {

  /**
   * Checks the request.
   *
   * @param templateId the text message template (required)
   * @param phoneNumber the recipient, UK or international; digits, spaces and {@code ()-+} only (required)
   * @param personalisation placeholder values: text, numbers or lists (never {@code null}; may be empty)
   * @param reference your own identifier for the message, at most 1000 characters, or {@code null}; give one so
   *     that a send whose outcome is unknown can be reconciled
   * @param smsSenderId the sender to use instead of the service's default, or {@code null}
   * @throws RequestValidationException if a required field is missing or a field breaks Notify's rules
   */
  public SmsRequest {
    Checks.required("template_id", templateId);
    Checks.phoneNumber(phoneNumber);
    personalisation = Checks.personalisation(personalisation, false);
    Checks.reference(reference);
  }

  /**
   * A builder for a text message.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Describes the request with the phone number masked and personalisation values left out. */
  @Override
  public String toString() {
    return "SmsRequest{templateId=" + templateId + ", phoneNumber=" + Redaction.maskPhone(phoneNumber)
        + ", personalisation=" + personalisation.keySet() + ", reference=" + reference + ", smsSenderId="
        + smsSenderId + '}';
  }

  /** Builds an {@link SmsRequest}; {@link #build()} checks it. */
  public static final class Builder {
    private UUID templateId;
    private String phoneNumber;
    private Map<String, ?> personalisation;
    private String reference;
    private UUID smsSenderId;

    private Builder() {}

    /**
     * The template to send (required).
     *
     * @param templateId the template id
     * @return this builder
     */
    public Builder templateId(UUID templateId) {
      this.templateId = templateId;
      return this;
    }

    /**
     * The recipient's phone number (required).
     *
     * @param phoneNumber for example {@code 07700900123} or {@code +44 7700 900123}
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /**
     * The template's placeholder values.
     *
     * @param personalisation text, numbers or lists by placeholder name
     * @return this builder
     */
    public Builder personalisation(Map<String, ?> personalisation) {
      this.personalisation = personalisation;
      return this;
    }

    /**
     * Your identifier for the message, for reconciling and for finding it later.
     *
     * @param reference at most 1000 characters
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * A sender other than the service's default.
     *
     * @param smsSenderId the sender id from the service's settings
     * @return this builder
     */
    public Builder smsSenderId(UUID smsSenderId) {
      this.smsSenderId = smsSenderId;
      return this;
    }

    /**
     * Checks and builds the request.
     *
     * @return the request
     * @throws RequestValidationException if a required field is missing or a field breaks Notify's rules
     */
    public SmsRequest build() {
      @SuppressWarnings("unchecked")
      Map<String, Object> p = (Map<String, Object>) personalisation;
      return new SmsRequest(templateId, phoneNumber, p, reference, smsSenderId);
    }
  }
}
