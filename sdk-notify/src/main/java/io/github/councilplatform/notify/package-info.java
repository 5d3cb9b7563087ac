/**
 * GOV.UK Notify for council services: {@link io.github.councilplatform.notify.NotifyClient} (implementing
 * {@link io.github.councilplatform.notify.NotifyApi}) sends emails, text messages and letters and reads
 * notifications, templates and received text messages; {@link io.github.councilplatform.notify.NotifyCallbacks}
 * verifies and parses the callbacks Notify sends back.
 *
 * <p>Requests are records checked when built, so input Notify would refuse is never sent. Responses are
 * records carrying every field Notify returns; statuses and types are enums that read values added later as
 * {@code UNKNOWN}. Failures are the unchecked exceptions of {@code io.github.councilplatform.core}; see
 * {@link io.github.councilplatform.notify.NotifyErrorTypes} for how Notify's errors map onto them, and
 * {@link io.github.councilplatform.notify.NotifyApi} for reconciling a send whose outcome is unknown.
 */
package io.github.councilplatform.notify;
