package io.github.councilplatform.notify;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.notify.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A letter from a template to send with {@link NotifyApi#sendLetter(LetterRequest)}
 * ({@code POST /v2/notifications/letter}). Checked when built, so an address Notify would certainly refuse
 * is never sent.
 *
 * <p>The address is sent as Notify's {@code address_line_1} … {@code address_line_7} and
 * {@code postcode} personalisation. It must have 3 to 7 lines in all, counting the postcode; the first two
 * lines must each contain a letter or digit; no line may start with {@code @ ( ) = [ ] " \ / , < > ~}. The
 * last line must be a real UK postcode or, for services allowed to send abroad, a country: Notify checks
 * that.
 *
 * @param templateId the letter template (required)
 * @param addressLines the address lines without the postcode, or every line including a last line with the
 *     postcode or country when {@code postcode} is {@code null} (never {@code null})
 * @param postcode the postcode, sent as {@code postcode}, or {@code null} when it is the last address line
 * @param personalisation the template's other placeholder values (never {@code null}; may be empty)
 * @param reference your own identifier for the letter, at most 1000 characters, or {@code null}
 */
public record LetterRequest(UUID templateId, List<String> addressLines, String postcode,
    Map<String, Object> personalisation, String reference) {

  private static final String FORBIDDEN_FIRST_CHARACTERS = "@()=[]\"\\/,<>~";

  /**
   * Checks the request.
   *
   * @param templateId the letter template (required)
   * @param addressLines the address lines without the postcode, or every line including a last line with the
   *     postcode or country when {@code postcode} is {@code null} (never {@code null})
   * @param postcode the postcode, sent as {@code postcode}, or {@code null} when it is the last address line
   * @param personalisation the template's other placeholder values (never {@code null}; may be empty)
   * @param reference your own identifier for the letter, at most 1000 characters, or {@code null}
   * @throws RequestValidationException if a required field is missing or the address breaks Notify's rules
   */
  public LetterRequest {
    Checks.required("template_id", templateId);
    addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    if (postcode != null && postcode.isBlank()) {
      postcode = null;
    }
    List<String> all = new ArrayList<>(addressLines);
    if (postcode != null) {
      all.add(postcode);
      if (addressLines.size() > 6) {
        throw new RequestValidationException("address", "with a separate postcode, give at most 6 address lines");
      }
    }
    if (all.size() < 3) {
      throw new RequestValidationException("address", "Address must be at least 3 lines");
    }
    if (all.size() > 7) {
      throw new RequestValidationException("address", "Address must be no more than 7 lines");
    }
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i);
      if (line.isBlank()) {
        throw new RequestValidationException("address_line_" + (i + 1), "must not be blank");
      }
      if (FORBIDDEN_FIRST_CHARACTERS.indexOf(line.strip().charAt(0)) >= 0) {
        throw new RequestValidationException("address_line_" + (i + 1), "Address lines must not start with any"
            + " of the following characters: @ ( ) = [ ] \" \\ / , < > ~");
      }
    }
    for (int i = 0; i < 2; i++) {
      if (all.get(i).chars().noneMatch(Character::isLetterOrDigit)) {
        throw new RequestValidationException("address_line_" + (i + 1), "The first 2 lines of the address must"
            + " both include at least one alphanumeric character");
      }
    }
    personalisation = Checks.personalisation(personalisation, false);
    for (String key : personalisation.keySet()) {
      String k = key.toLowerCase(Locale.ROOT);
      if (k.startsWith("address_line_") || k.equals("postcode")) {
        throw new RequestValidationException("personalisation", "'" + key + "' is part of the address; give the"
            + " address with addressLines and postcode instead");
      }
    }
    Checks.reference(reference);
  }

  /**
   * A builder for a letter.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Describes the request without the address or personalisation values. */
  @Override
  public String toString() {
    return "LetterRequest{templateId=" + templateId + ", addressLines=" + addressLines.size() + " lines"
        + ", postcode=" + (postcode == null ? null : "<set>") + ", personalisation=" + personalisation.keySet()
        + ", reference=" + reference + '}';
  }

  /** Builds a {@link LetterRequest}; {@link #build()} checks it. */
  public static final class Builder {
    private UUID templateId;
    private List<String> addressLines;
    private String postcode;
    private Map<String, ?> personalisation;
    private String reference;

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
     * The address lines, without the postcode if you give it with {@link #postcode(String)}.
     *
     * @param lines the lines, in order
     * @return this builder
     */
    public Builder address(String... lines) {
      this.addressLines = List.of(lines);
      return this;
    }

    /**
     * The address lines, without the postcode if you give it with {@link #postcode(String)}.
     *
     * @param lines the lines, in order
     * @return this builder
     */
    public Builder address(List<String> lines) {
      this.addressLines = lines;
      return this;
    }

    /**
     * The postcode, when it is not the last of the address lines.
     *
     * @param postcode a UK postcode
     * @return this builder
     */
    public Builder postcode(String postcode) {
      this.postcode = postcode;
      return this;
    }

    /**
     * The template's other placeholder values (not the address).
     *
     * @param personalisation text, numbers or lists by placeholder name
     * @return this builder
     */
    public Builder personalisation(Map<String, ?> personalisation) {
      this.personalisation = personalisation;
      return this;
    }

    /**
     * Your identifier for the letter.
     *
     * @param reference at most 1000 characters
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Checks and builds the request.
     *
     * @return the request
     * @throws RequestValidationException if a required field is missing or the address breaks Notify's rules
     */
    public LetterRequest build() {
      @SuppressWarnings("unchecked")
      Map<String, Object> p = (Map<String, Object>) personalisation;
      return new LetterRequest(templateId, addressLines, postcode, p, reference);
    }
  }
}
