package io.github.councilplatform.notify.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.notify.TemplateType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBulkJournalTest {
  private static final BatchIdentity ID = new BatchIdentity("b1",
      UUID.fromString("f33517ff-2a88-4f6e-b855-c550268ce08a"), TemplateType.EMAIL, "ab".repeat(32));
  private static final UUID NOTIFICATION = UUID.fromString("740e5834-3a29-46b4-9a6f-16142fde533a");

  @TempDir
  Path dir;

  @Test
  void statesSurviveReopeningAndInFlightRowsComeBackToReconcile() {
    FileBulkJournal journal = FileBulkJournal.in(dir);
    RowRef a = new RowRef("a\tb", 2);
    RowRef b = new RowRef("b", 3);
    RowRef c = new RowRef("c", 4);
    try (BatchJournal batch = journal.open(ID)) {
      assertThat(batch.claim(List.of(a, b, c))).containsExactly(a, b, c);
      batch.recordSent(a, NOTIFICATION);
      batch.recordFailed(b, "invalid, \"quoted\"");
      // c was being sent when the process died.
      assertThat(batch.unresolved(10)).isEmpty();
    }
    try (BatchJournal batch = journal.open(ID)) {
      assertThat(batch.counts()).isEqualTo(new BatchCounts(0, 1, 1, 1, 0));
      assertThat(batch.claim(List.of(a, b, c))).isEmpty();
      assertThat(batch.unresolved(10)).singleElement().satisfies(r -> {
        assertThat(r.row()).isEqualTo(c);
        assertThat(r.state()).isEqualTo(RowState.IN_FLIGHT);
      });
      assertThat(batch.rows(RowState.FAILED)).singleElement()
          .satisfies(r -> assertThat(r.reason()).isEqualTo("invalid, \"quoted\""));
      assertThat(batch.rows(RowState.SENT)).singleElement()
          .satisfies(r -> assertThat(r.row().key()).isEqualTo("a\tb"));
      batch.release(c);
      assertThat(batch.claim(List.of(c))).containsExactly(c);
      assertThatThrownBy(() -> batch.release(a)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aHalfWrittenLastLineIsDropped() throws Exception {
    FileBulkJournal journal = FileBulkJournal.in(dir);
    try (BatchJournal batch = journal.open(ID)) {
      batch.claim(List.of(new RowRef("a", 2)));
    }
    Files.writeString(journal.fileFor("b1"), "R\tSENT\t2\t=a\t740e58", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (BatchJournal batch = journal.open(ID)) {
      assertThat(batch.counts().inFlight()).isEqualTo(1);
      batch.recordSent(new RowRef("a", 2), NOTIFICATION);
    }
    try (BatchJournal batch = journal.open(ID)) {
      assertThat(batch.counts().sent()).isEqualTo(1);
    }
  }

  @Test
  void aZeroFilledTailLeftByAPowerCutEndsTheFileAndItsRowsAreReconciled() throws Exception {
    FileBulkJournal journal = FileBulkJournal.in(dir);
    try (BatchJournal batch = journal.open(ID)) {
      batch.claim(List.of(new RowRef("a", 2), new RowRef("b", 3)));
      batch.recordSent(new RowRef("a", 2), NOTIFICATION);
    }
    // What a file system may show after a power cut: the outcome written after the last sync is gone, and the
    // blocks it was to fill read as zeros, here followed by a line that was never synced either.
    byte[] zeros = new byte[4096];
    Files.write(journal.fileFor("b1"), zeros, StandardOpenOption.APPEND);
    Files.writeString(journal.fileFor("b1"), "R\tSENT\t3\t=b\t" + NOTIFICATION + "\t-\t0\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (BatchJournal batch = journal.open(ID)) {
      // b's claim was synced before it could be sent; its outcome is lost, so it comes back to reconcile.
      assertThat(batch.counts()).isEqualTo(new BatchCounts(0, 1, 1, 0, 0));
      assertThat(batch.unresolved(10)).singleElement()
          .satisfies(r -> assertThat(r.row().key()).isEqualTo("b"));
      batch.recordSent(new RowRef("b", 3), NOTIFICATION);
    }
    try (BatchJournal batch = journal.open(ID)) {
      assertThat(batch.counts().sent()).isEqualTo(2);
    }
  }

  @Test
  void aBatchOpenInOneRunCannotBeOpenedByAnother() {
    FileBulkJournal journal = FileBulkJournal.in(dir);
    try (BatchJournal batch = journal.open(ID)) {
      assertThatThrownBy(() -> journal.open(ID)).isInstanceOf(JournalMismatchException.class)
          .hasMessageContaining("in use");
    }
  }

  @Test
  void statusReadsWithoutOpeningAndKeepsThePause() {
    FileBulkJournal journal = FileBulkJournal.in(dir);
    assertThat(journal.status("b1")).isEmpty();
    try (BatchJournal batch = journal.open(ID)) {
      batch.claim(List.of(new RowRef("a", 2)));
      batch.release(new RowRef("a", 2));
      batch.pause(Instant.parse("2026-05-18T00:00:00Z"), "daily limit");
    }
    BatchStatus status = journal.status("b1").orElseThrow();
    assertThat(status.identity()).isEqualTo(ID);
    assertThat(status.counts().pending()).isEqualTo(1);
    assertThat(status.pausedUntil()).isEqualTo(Instant.parse("2026-05-18T00:00:00Z"));
    assertThat(status.completed()).isFalse();
  }
}
