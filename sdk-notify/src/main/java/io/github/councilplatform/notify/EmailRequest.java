package io.github.councilplatform.notify;

import io.github.councilplatform.core.Redaction;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.notify.internal.Checks;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An email to send with {@link NotifyApi#sendEmail(EmailRequest)} ({@code POST /v2/notifications/email}).
 * Checked when built, so a request Notify would certainly refuse is never sent.
 *
 * @param templateId the email template (required)
 * @param emailAddress the recipient (required)
 * @param personalisation placeholder values: text, numbers, lists, or {@link FileAttachment}s for
 *     placeholders that link to a file (never {@code null}; may be empty)
 * @param reference your own identifier for the email, at most 1000 characters, or {@code null}; give one so
 *     that a send whose outcome is unknown can be reconciled
 * @param emailReplyToId the reply-to address to use instead of the service's default, or {@code null}
 * @param oneClickUnsubscribeUrl an https URL that unsubscribes the recipient in one click, for emails that
 *     are not transactional, or {@code null}
 * @param sanitiseContentFor placeholder names whose values Notify should strip of links and Markdown (never
 *     {@code null}; may be empty)
 */
public record EmailRequest(UUID templateId, String emailAddress, Map<String, Object> personalisation,
    String reference, UUID emailReplyToId, URI oneClickUnsubscribeUrl, List<String> sanitiseContentFor) {

  /**
   * Checks the request.
   *
   * @param templateId the email template (required)
   * @param emailAddress the recipient (required)
   * @param personalisation placeholder values: text, numbers, lists, or {@link FileAttachment}s for
   *     placeholders that link to a file (never {@code null}; may be empty)
   * @param reference your own identifier for the email, at most 1000 characters, or {@code null}; give one so
   *     that a send whose outcome is unknown can be reconciled
   * @param emailReplyToId the reply-to address to use instead of the service's default, or {@code null}
   * @param oneClickUnsubscribeUrl an https URL that unsubscribes the recipient in one click, for emails that
   *     are not transactional, or {@code null}
   * @param sanitiseContentFor placeholder names whose values Notify should strip of links and Markdown (never
   *     {@code null}; may be empty)
   * @throws RequestValidationException if a required field is missing or a field breaks Notify's rules
   */
  public EmailRequest {
    Checks.required("template_id", templateId);
    Checks.emailAddress(emailAddress);
    personalisation = Checks.personalisation(personalisation, true);
    Checks.reference(reference);
    Checks.httpsUrl("one_click_unsubscribe_url", oneClickUnsubscribeUrl);
    sanitiseContentFor = sanitiseContentFor == null ? List.of() : List.copyOf(sanitiseContentFor);
    for (String name : sanitiseContentFor) {
      if (name.isBlank()) {
        throw new RequestValidationException("sanitise_content_for", "names must not be blank");
      }
    }
  }

  /**
   * A builder for an email.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Describes the request with the address masked and personalisation values left out. */
  @Override
  public String toString() {
    return "EmailRequest{templateId=" + templateId + ", emailAddress=" + Redaction.maskEmail(emailAddress)
        + ", personalisation=" + personalisation.keySet() + ", reference=" + reference + ", emailReplyToId="
        + emailReplyToId + ", oneClickUnsubscribeUrl=" + (oneClickUnsubscribeUrl == null ? null : "<set>")
        + ", sanitiseContentFor=" + sanitiseContentFor + '}';
  }

  /** Builds an {@link EmailRequest}; {@link #build()} checks it. */
  public static final class Builder {
    private UUID templateId;
    private String emailAddress;
    private final Map<String, Object> personalisation = new LinkedHashMap<>();
    private String reference;
    private UUID emailReplyToId;
    private URI oneClickUnsubscribeUrl;
    private List<String> sanitiseContentFor;

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
     * The recipient (required).
     *
     * @param emailAddress the address
     * @return this builder
     */
    public Builder emailAddress(String emailAddress) {
      this.emailAddress = emailAddress;
      return this;
    }

    /**
     * Adds the template's placeholder values (text, numbers, lists or {@link FileAttachment}s).
     *
     * @param personalisation values by placeholder name
     * @return this builder
     */
    public Builder personalisation(Map<String, ?> personalisation) {
      if (personalisation != null) {
        this.personalisation.putAll(personalisation);
      }
      return this;
    }

    /**
     * Attaches a file for a placeholder that links to it.
     *
     * @param placeholder the placeholder name in the template, for example {@code link_to_file}
     * @param file the file
     * @return this builder
     */
    public Builder attachment(String placeholder, FileAttachment file) {
      this.personalisation.put(placeholder, Checks.required("personalisation." + placeholder, file));
      return this;
    }

    /**
     * Your identifier for the email, for reconciling and for finding it later.
     *
     * @param reference at most 1000 characters
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * A reply-to address other than the service's default.
     *
     * @param emailReplyToId the reply-to id from the service's settings
     * @return this builder
     */
    public Builder emailReplyToId(UUID emailReplyToId) {
      this.emailReplyToId = emailReplyToId;
      return this;
    }

    /**
     * A one-click unsubscribe link (RFC 8058), for emails that are not transactional.
     *
     * @param url an absolute https URL
     * @return this builder
     */
    public Builder oneClickUnsubscribeUrl(URI url) {
      this.oneClickUnsubscribeUrl = url;
      return this;
    }

    /**
     * Placeholders whose values Notify should strip of links and escape Markdown in, for values typed by
     * members of the public.
     *
     * @param placeholders placeholder names (matched case-insensitively by Notify)
     * @return this builder
     */
    public Builder sanitiseContentFor(List<String> placeholders) {
      this.sanitiseContentFor = placeholders;
      return this;
    }

    /**
     * Checks and builds the request.
     *
     * @return the request
     * @throws RequestValidationException if a required field is missing or a field breaks Notify's rules
     */
    public EmailRequest build() {
      return new EmailRequest(templateId, emailAddress, personalisation, reference, emailReplyToId,
          oneClickUnsubscribeUrl, sanitiseContentFor);
    }
  }
}
