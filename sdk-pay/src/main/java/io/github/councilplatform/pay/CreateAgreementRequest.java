package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;

/**
 * What to send to create a recurring-payment agreement ({@code POST /v1/agreements}). Build one with
 * {@link #builder()}; the constructor checks GOV.UK Pay's rules, so a request that exists is valid.
 *
 * <pre>{@code
 * CreateAgreementRequest request = CreateAgreementRequest.builder()
 *     .reference("GW-2026-42").description("Garden waste collection").userIdentifier("resident-42").build();
 * }</pre>
 *
 * @param reference your reference, 1 to 255 characters
 * @param description what the agreement is for, 1 to 255 characters
 * @param userIdentifier your identifier for the payer, 1 to 255 characters, no personal data; or {@code null}
 */
public record CreateAgreementRequest(String reference, String description, String userIdentifier) {

  /**
   * Checks the request against GOV.UK Pay's rules.
   *
   * @param reference your reference, 1 to 255 characters
   * @param description what the agreement is for, 1 to 255 characters
   * @param userIdentifier your identifier for the payer, 1 to 255 characters, or {@code null}
   * @throws RequestValidationException naming the first field that breaks a rule
   */
  public CreateAgreementRequest {
    PayValidation.required("reference", reference);
    PayValidation.maxLength("reference", reference, PayValidation.MAX_TEXT);
    PayValidation.required("description", description);
    PayValidation.maxLength("description", description, PayValidation.MAX_TEXT);
    if (userIdentifier != null) {
      PayValidation.required("user_identifier", userIdentifier);
      PayValidation.maxLength("user_identifier", userIdentifier, PayValidation.MAX_TEXT);
    }
  }

  /** {@return a builder; {@link Builder#reference} and {@link Builder#description} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateAgreementRequest}. Not thread-safe. */
  public static final class Builder {
    private String reference;
    private String description;
    private String userIdentifier;

    private Builder() {}

    /**
     * Your reference (required); search agreements by it to reconcile.
     *
     * @param reference 1 to 255 characters
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * What the agreement is for (required); the payer sees it.
     *
     * @param description 1 to 255 characters
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Your identifier for the payer, to find their agreements later. Never personal data such as an email
     * address.
     *
     * @param userIdentifier 1 to 255 characters
     * @return this builder
     */
    public Builder userIdentifier(String userIdentifier) {
      this.userIdentifier = userIdentifier;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws RequestValidationException naming the first field that breaks a GOV.UK Pay rule
     */
    public CreateAgreementRequest build() {
      return new CreateAgreementRequest(reference, description, userIdentifier);
    }
  }
}
