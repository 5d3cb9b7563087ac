package io.github.councilplatform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.core.internal.CallLedger.Next;
import org.junit.jupiter.api.Test;

/** The outcome decision on its own, without HTTP. */
class CallLedgerTest {

  @Test
  void anUnwrittenAttemptIsAlwaysRetriedAndNeverCountsAsActedOn() {
    CallLedger keyless = new CallLedger(true, false);

    assertThat(keyless.afterIoFailure(false)).isEqualTo(Next.RETRY);
    assertThat(keyless.mayHaveActed()).isFalse();
    assertThat(keyless.verdictForEnd()).isEqualTo(Next.FAIL);
  }

  @Test
  void aWrittenKeylessCreateThatGetsNoAnswerIsOutcomeUnknownAtOnce() {
    CallLedger keyless = new CallLedger(true, false);

    assertThat(keyless.afterIoFailure(true)).isEqualTo(Next.OUTCOME_UNKNOWN);
  }

  @Test
  void aKeyedCreateRemembersAnActedOnAttemptThroughLaterRefusals() {
    CallLedger keyed = new CallLedger(true, true);

    assertThat(keyed.afterErrorStatus(503, true, false)).isEqualTo(Next.RETRY);
    assertThat(keyed.afterErrorStatus(429, true, true)).isEqualTo(Next.RETRY);
    assertThat(keyed.afterErrorStatus(400, false, false)).isEqualTo(Next.OUTCOME_UNKNOWN);
    assertThat(keyed.attempts()).isEqualTo(3);
    assertThat(keyed.verdictForEnd()).isEqualTo(Next.OUTCOME_UNKNOWN);
  }

  @Test
  void aProvenRefusalLetsAKeylessCreateBeRetriedWithoutCountingAsActedOn() {
    CallLedger keyless = new CallLedger(true, false);

    assertThat(keyless.afterErrorStatus(429, true, true)).isEqualTo(Next.RETRY);
    assertThat(keyless.afterErrorStatus(429, true, true)).isEqualTo(Next.RETRY);
    assertThat(keyless.verdictForEnd()).isEqualTo(Next.FAIL);
  }

  @Test
  void aServerErrorOnAKeylessCreateIsOutcomeUnknown() {
    assertThat(new CallLedger(true, false).afterErrorStatus(500, true, false)).isEqualTo(Next.OUTCOME_UNKNOWN);
    assertThat(new CallLedger(true, false).afterErrorStatus(408, true, false)).isEqualTo(Next.OUTCOME_UNKNOWN);
  }

  @Test
  void aReadIsNeverOutcomeUnknown() {
    CallLedger read = new CallLedger(false, true);

    assertThat(read.afterIoFailure(true)).isEqualTo(Next.RETRY);
    assertThat(read.afterErrorStatus(503, true, false)).isEqualTo(Next.RETRY);
    assertThat(read.afterErrorStatus(404, false, false)).isEqualTo(Next.FAIL);
    assertThat(read.mayHaveActed()).isFalse();
  }

  @Test
  void aDefiniteRefusalOfAFirstAttemptFails() {
    assertThat(new CallLedger(true, false).afterErrorStatus(400, false, false)).isEqualTo(Next.FAIL);
    assertThat(new CallLedger(true, true).afterErrorStatus(422, false, false)).isEqualTo(Next.FAIL);
  }

  @Test
  void aReadOnlyPostIsTreatedAsARead() {
    ApiRequest preview = ApiRequest.post("/v2/template/t/preview").readOnly().build();
    CallLedger ledger = CallLedger.of(preview);

    assertThat(ledger.changesState()).isFalse();
    assertThat(ledger.afterErrorStatus(503, true, false)).isEqualTo(Next.RETRY);
    assertThat(ledger.verdictForEnd()).isEqualTo(Next.FAIL);
    assertThat(CallLedger.of(ApiRequest.post("/v2/notifications/sms").build()).changesState()).isTrue();
  }
}
