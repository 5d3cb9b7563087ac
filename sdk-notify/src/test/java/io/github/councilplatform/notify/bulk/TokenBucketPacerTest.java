package io.github.councilplatform.notify.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketPacerTest {
  private final BulkFixtures.FakeClock time = new BulkFixtures.FakeClock(BulkFixtures.START);

  @Test
  void theBurstIsNotifysBucketSizeMinusOne() {
    assertThat(TokenBucketPacer.burst(3000)).isEqualTo(999);
    assertThat(TokenBucketPacer.burst(60_000)).isEqualTo(999);
    assertThat(TokenBucketPacer.burst(300)).isEqualTo(100);
    assertThat(TokenBucketPacer.burst(3)).isEqualTo(1);
  }

  @Test
  void startsEmptyAndRefillsAtTheLimit() throws Exception {
    TokenBucketPacer pacer = TokenBucketPacer.builder().perMinute(3000).headroom(0).clock(time).sleeper(time)
        .build();
    for (int i = 0; i < 100; i++) {
      pacer.acquire(1);
    }
    // 100 sends at 50 a second take 2 seconds of (fake) waiting, never more than the limit.
    assertThat(Duration.between(BulkFixtures.START, time.instant())).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aFullBucketAllowsTheBurstThenThePace() throws Exception {
    TokenBucketPacer pacer = TokenBucketPacer.builder().perMinute(3000).headroom(0).initialTokens(5000).clock(time)
        .sleeper(time).build();
    for (int i = 0; i < 999; i++) {
      pacer.acquire(1);
    }
    assertThat(time.sleeps).isEmpty();
    pacer.acquire(2);
    assertThat(Duration.between(BulkFixtures.START, time.instant())).isEqualTo(Duration.ofMillis(40));
  }

  @Test
  void pacesOnePercentUnderTheLimitByDefault() throws Exception {
    TokenBucketPacer pacer = TokenBucketPacer.builder().perMinute(3000).clock(time).sleeper(time).build();
    assertThat(pacer.perMinute()).isEqualTo(2970);
    assertThat(pacer.limitPerMinute()).isEqualTo(3000);
    for (int i = 0; i < 99; i++) {
      pacer.acquire(1);
    }
    // 99 sends at 49.5 a second take 2 seconds (to the rounding of each wait); at 50 a second, 1.98.
    assertThat(Duration.between(BulkFixtures.START, time.instant()))
        .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(2).plusMillis(1));
    // The burst is still Notify's, set by the limit, not by the pace.
    assertThat(pacer.toString()).contains("burst 999");
  }

  @Test
  void aHeadroomOutsideZeroToOneIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TokenBucketPacer.builder().headroom(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.01 is 1% under");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TokenBucketPacer.builder().headroom(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TokenBucketPacer.builder().headroom(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void holdBackDelaysEveryone() throws Exception {
    TokenBucketPacer pacer = TokenBucketPacer.builder().perMinute(60).initialTokens(10).clock(time)
        .sleeper(time).build();
    pacer.holdBack(Duration.ofSeconds(7));
    pacer.acquire(1);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }
}
