/**
 * Bulk sending through GOV.UK Notify: many emails, text messages or letters from a CSV file or any stream of
 * rows, checked before anything is sent, paced under the service's rate limit, and resumable with no row ever
 * sent twice.
 *
 * <p>Service-provider interfaces, for journals and limiters shared across instances:
 * {@link io.github.councilplatform.notify.bulk.BulkJournal} with
 * {@link io.github.councilplatform.notify.bulk.BatchJournal}, and
 * {@link io.github.councilplatform.notify.bulk.SendPacer}.
 */
package io.github.councilplatform.notify.bulk;
