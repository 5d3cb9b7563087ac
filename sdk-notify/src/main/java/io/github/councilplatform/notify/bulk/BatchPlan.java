package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.notify.TemplateType;
import java.util.Objects;
import java.util.UUID;

/**
 * One batch: its id, its template, its rows, and what to do with rows that fail the checks. Immutable; running
 * the same plan again resumes the batch.
 *
 * <pre>{@code
 * BatchPlan plan = BatchPlan.builder()
 *     .batchId("council-tax-2026-03")
 *     .templateId(UUID.fromString("f33517ff-2a88-4f6e-b855-c550268ce08a"))
 *     .source(BatchSource.csv(Path.of("reminders.csv")))
 *     .channel(TemplateType.EMAIL)
 *     .build();
 * }</pre>
 */
public final class BatchPlan {
  private final String batchId;
  private final UUID templateId;
  private final BatchSource source;
  private final TemplateType channel;
  private final InvalidRowPolicy invalidRows;

  private BatchPlan(Builder b) {
    this.batchId = b.batchId;
    this.templateId = b.templateId;
    this.source = b.source;
    this.channel = b.channel;
    this.invalidRows = b.invalidRows;
  }

  /**
   * A builder; the batch id, template and source are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The batch id: the first half of each row's Notify reference, and the journal's name for the batch.
   *
   * @return the batch id
   */
  public String batchId() {
    return batchId;
  }

  /**
   * The template every row is sent with.
   *
   * @return the template id
   */
  public UUID templateId() {
    return templateId;
  }

  /**
   * Where the rows come from.
   *
   * @return the source
   */
  public BatchSource source() {
    return source;
  }

  /**
   * The channel the caller expects, checked against the template; {@code null} takes the template's.
   *
   * @return the channel, or {@code null}
   */
  public TemplateType channel() {
    return channel;
  }

  /**
   * What to do when some rows fail the checks.
   *
   * @return the policy
   */
  public InvalidRowPolicy invalidRows() {
    return invalidRows;
  }

  @Override
  public String toString() {
    return "BatchPlan{batchId=" + batchId + ", templateId=" + templateId + ", source=" + source.describe()
        + ", channel=" + channel + ", invalidRows=" + invalidRows + '}';
  }

  /** Builds a {@link BatchPlan}. Not thread-safe. */
  public static final class Builder {
    private String batchId;
    private UUID templateId;
    private BatchSource source;
    private TemplateType channel;
    private InvalidRowPolicy invalidRows = InvalidRowPolicy.STOP;

    private Builder() {}

    /**
     * The batch id (required): 1 to 100 letters, digits, {@code . _ -}; a new one for each new mailing.
     *
     * @param batchId the id, for example {@code council-tax-2026-03}
     * @return this builder
     */
    public Builder batchId(String batchId) {
      this.batchId = batchId;
      return this;
    }

    /**
     * The template (required).
     *
     * @param templateId the template id
     * @return this builder
     */
    public Builder templateId(UUID templateId) {
      this.templateId = templateId;
      return this;
    }

    /**
     * The rows (required).
     *
     * @param source a CSV file or rows from code
     * @return this builder
     */
    public Builder source(BatchSource source) {
      this.source = source;
      return this;
    }

    /**
     * The channel you mean to send on; the batch refuses a template of another type
     * ({@link BulkInputException.Problem#WRONG_TEMPLATE_TYPE}). Optional.
     *
     * @param channel {@link TemplateType#EMAIL}, {@link TemplateType#SMS} or {@link TemplateType#LETTER}
     * @return this builder
     */
    public Builder channel(TemplateType channel) {
      this.channel = channel;
      return this;
    }

    /**
     * What to do when some rows fail the checks (default {@link InvalidRowPolicy#STOP}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder invalidRows(InvalidRowPolicy policy) {
      this.invalidRows = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Checks and builds the plan.
     *
     * @return the plan
     * @throws IllegalArgumentException if the batch id is malformed
     * @throws NullPointerException if a required part is missing
     */
    public BatchPlan build() {
      Objects.requireNonNull(batchId, "batchId is required");
      Objects.requireNonNull(templateId, "templateId is required");
      Objects.requireNonNull(source, "source is required");
      // The same rule the journal applies, so a bad id fails here and not after the check.
      new BatchIdentity(batchId, templateId, TemplateType.EMAIL, "0".repeat(64));
      return new BatchPlan(this);
    }
  }
}
