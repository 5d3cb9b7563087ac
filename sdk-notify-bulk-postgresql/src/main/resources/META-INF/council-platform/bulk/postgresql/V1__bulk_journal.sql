-- Council Platform SDK: the PostgreSQL bulk-sending journal and shared rate limit, version 1.
-- PostgresBulkJournal runs this itself when built with createSchema(true) (the default); every statement is
-- idempotent, so it is also safe to run by hand (psql -f) or from Flyway/Liquibase under this file name.
-- Tables are prefixed council_bulk_ so they sit beside a service's own tables without clashing.

CREATE TABLE IF NOT EXISTS council_bulk_batch (
  batch_id      VARCHAR(100) PRIMARY KEY,
  template_id   UUID         NOT NULL,
  channel       VARCHAR(10)  NOT NULL,
  fingerprint   CHAR(64)     NOT NULL,
  paused_until  TIMESTAMPTZ,
  paused_reason TEXT,
  completed_at  TIMESTAMPTZ,
  created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- recorded_seq orders rows by their last change, for reports (rows(state)).
CREATE SEQUENCE IF NOT EXISTS council_bulk_row_seq;

CREATE TABLE IF NOT EXISTS council_bulk_row (
  batch_id        VARCHAR(100) NOT NULL REFERENCES council_bulk_batch (batch_id) ON DELETE CASCADE,
  row_key         VARCHAR(200) NOT NULL,
  line            BIGINT       NOT NULL,
  state           VARCHAR(16)  NOT NULL
                  CHECK (state IN ('PENDING', 'IN_FLIGHT', 'SENT', 'FAILED', 'OUTCOME_UNKNOWN')),
  -- The claiming worker's advisory lock key: an IN_FLIGHT row whose worker no longer holds its lock belongs to
  -- a worker that died, and is reconciled by reference.
  claimed_by      BIGINT,
  notification_id UUID,
  reason          TEXT,
  recorded_seq    BIGINT       NOT NULL DEFAULT nextval('council_bulk_row_seq'),
  updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
  PRIMARY KEY (batch_id, row_key)
);

CREATE INDEX IF NOT EXISTS council_bulk_row_state ON council_bulk_row (batch_id, state, recorded_seq);

-- Bucket4j's PostgreSQL backend keeps the shared token bucket here (one row per bucket key).
CREATE TABLE IF NOT EXISTS council_bulk_rate_limit (
  id         BIGINT PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);
