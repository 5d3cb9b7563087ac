/**
 * Bulk sending shared by several instances of a service on PostgreSQL: {@link
 * io.github.councilplatform.notify.bulk.postgresql.PostgresBulkJournal} (rows claimed with {@code SELECT … FOR
 * UPDATE SKIP LOCKED}), {@link io.github.councilplatform.notify.bulk.postgresql.PostgresSendPacer} (one Notify rate
 * limit across instances, on Bucket4j's PostgreSQL backend) and {@link
 * io.github.councilplatform.notify.bulk.postgresql.BulkSchema} (the tables, as plain SQL in the jar).
 */
package io.github.councilplatform.notify.bulk.postgresql;
