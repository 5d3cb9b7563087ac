package io.github.councilplatform.notify;

import io.github.councilplatform.core.RequestValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Filters for {@link NotifyApi#listNotifications(NotificationQuery)} ({@code GET /v2/notifications}).
 * Every filter is optional; several statuses or types match any of them. Notify returns only notifications
 * within the service's retention period (7 days by default), newest first.
 *
 * @param statuses match any of these statuses (sent as repeated {@code status}); empty for all
 * @param templateTypes match any of these channels (sent as repeated {@code template_type}); empty for all
 * @param reference match notifications sent with this reference, or {@code null}
 * @param includeJobs whether to include notifications sent from uploaded spreadsheets ({@code include_jobs})
 * @param olderThan start after this notification id ({@code older_than}), or {@code null} for the newest
 */
public record NotificationQuery(List<NotificationStatus> statuses, List<TemplateType> templateTypes,
    String reference, boolean includeJobs, UUID olderThan) {

  /**
   * Checks the query.
   *
   * @param statuses match any of these statuses (sent as repeated {@code status}); empty for all
   * @param templateTypes match any of these channels (sent as repeated {@code template_type}); empty for all
   * @param reference match notifications sent with this reference, or {@code null}
   * @param includeJobs whether to include notifications sent from uploaded spreadsheets ({@code include_jobs})
   * @param olderThan start after this notification id ({@code older_than}), or {@code null} for the newest
   * @throws RequestValidationException if a filter is {@code UNKNOWN}
   */
  public NotificationQuery {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    templateTypes = templateTypes == null ? List.of() : List.copyOf(templateTypes);
    if (statuses.contains(NotificationStatus.UNKNOWN)) {
      throw new RequestValidationException("status", "UNKNOWN cannot be used as a filter");
    }
    if (templateTypes.contains(TemplateType.UNKNOWN)) {
      throw new RequestValidationException("template_type", "UNKNOWN cannot be used as a filter");
    }
  }

  /**
   * A query with no filters: every notification in the retention period.
   *
   * @return the query
   */
  public static NotificationQuery all() {
    return builder().build();
  }

  /**
   * A query for the notifications sent with a reference, for reconciling a send whose outcome is unknown.
   *
   * @param reference the reference given when sending
   * @return the query
   */
  public static NotificationQuery byReference(String reference) {
    if (reference == null || reference.isEmpty()) {
      throw new RequestValidationException("reference", "is required to look notifications up by reference");
    }
    return builder().reference(reference).build();
  }

  /**
   * A builder with no filters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotificationQuery}. */
  public static final class Builder {
    private final List<NotificationStatus> statuses = new ArrayList<>();
    private final List<TemplateType> templateTypes = new ArrayList<>();
    private String reference;
    private boolean includeJobs;
    private UUID olderThan;

    private Builder() {}

    /**
     * Adds statuses to match (any of them).
     *
     * @param statuses the statuses
     * @return this builder
     */
    public Builder status(NotificationStatus... statuses) {
      this.statuses.addAll(Arrays.asList(statuses));
      return this;
    }

    /**
     * Adds channels to match (any of them).
     *
     * @param types the channels
     * @return this builder
     */
    public Builder templateType(TemplateType... types) {
      this.templateTypes.addAll(Arrays.asList(types));
      return this;
    }

    /**
     * Matches notifications sent with this reference.
     *
     * @param reference the reference
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Whether to include notifications sent from uploaded spreadsheets (default no).
     *
     * @param includeJobs {@code true} to include them
     * @return this builder
     */
    public Builder includeJobs(boolean includeJobs) {
      this.includeJobs = includeJobs;
      return this;
    }

    /**
     * Starts after this notification, for resuming a listing.
     *
     * @param olderThan a notification id
     * @return this builder
     */
    public Builder olderThan(UUID olderThan) {
      this.olderThan = olderThan;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws RequestValidationException if a filter is {@code UNKNOWN}
     */
    public NotificationQuery build() {
      return new NotificationQuery(statuses, templateTypes, reference, includeJobs, olderThan);
    }
  }
}
