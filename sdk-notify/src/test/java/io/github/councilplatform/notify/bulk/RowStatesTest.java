package io.github.councilplatform.notify.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowStatesTest {

  @Test
  void twoKeysWithOneHashKeepTheirOwnStates() {
    RowStates states = new RowStates(key -> 42L);
    states.put("a", 2, RowState.IN_FLIGHT);
    states.put("b", 3, RowState.IN_FLIGHT);
    states.put("a", 2, RowState.SENT);
    assertThat(states.get("a", 2)).isEqualTo(RowState.SENT);
    assertThat(states.get("b", 3)).isEqualTo(RowState.IN_FLIGHT);
    assertThat(states.get("c", 4)).isNull();
    states.put("b", 3, RowState.FAILED);
    assertThat(states.get("b", 3)).isEqualTo(RowState.FAILED);
    assertThat(states.counts()).isEqualTo(new BatchCounts(0, 0, 1, 1, 0));
  }

  @Test
  void onlyRowsInFlightOrUnknownKeepTheirKeys() {
    RowStates states = new RowStates();
    for (int i = 1; i <= 10_000; i++) {
      states.put("row-" + i, i + 1, RowState.IN_FLIGHT);
      states.put("row-" + i, i + 1, i % 1000 == 0 ? RowState.OUTCOME_UNKNOWN : RowState.SENT);
    }
    states.put("late", 20_000, RowState.IN_FLIGHT);
    Map<String, Long> unresolved = new LinkedHashMap<>();
    states.forEachUnresolved(unresolved::put);
    assertThat(unresolved).hasSize(11).containsEntry("row-1000", 1001L).containsEntry("late", 20_000L);
    assertThat(states.counts()).isEqualTo(new BatchCounts(0, 1, 9_990, 0, 10));
    assertThat(states.get("row-1", 2)).isEqualTo(RowState.SENT);
  }
}
