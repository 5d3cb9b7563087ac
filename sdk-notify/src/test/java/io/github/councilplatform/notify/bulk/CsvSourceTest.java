package io.github.councilplatform.notify.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a CSV as Notify's upload does. */
class CsvSourceTest {
  @TempDir
  Path dir;

  private List<SourceRow> read(String content, String keyColumn) throws Exception {
    Path file = dir.resolve("f.csv");
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    List<SourceRow> rows = new ArrayList<>();
    try (RowCursor cursor = new CsvSource(file, keyColumn).open()) {
      cursor.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void normalisesHeadersStripsCellsKeepsLineNumbersAndReadsQuotes() throws Exception {
    List<SourceRow> rows = read("\uFEFFEmail Address, Full_Name ,Note\r\n  a@example.com , Amala ,\"one, two\"\r\n"
        + "\r\n" + "b@example.com,\"Line\nbreak\",x\r\n", null);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).columns()).containsEntry("emailaddress", "a@example.com")
        .containsEntry("fullname", "Amala").containsEntry("note", "one, two");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(0).key()).isEqualTo("2");
    assertThat(rows.get(1).line()).isEqualTo(4);
    assertThat(rows.get(1).columns()).containsEntry("fullname", "Line\nbreak");
  }

  @Test
  void shortRowsHaveEmptyCellsAndAKeyColumnKeysRows() throws Exception {
    List<SourceRow> rows = read("account,email address,name\nCT1,a@example.com\n", "Account");
    assertThat(rows.get(0).key()).isEqualTo("CT1");
    assertThat(rows.get(0).columns()).containsEntry("name", "");
  }

  @Test
  void aColumnTwiceIsRefused() throws Exception {
    BulkInputException e = catchThrowableOfType(() -> read("email address,Email_Address\na,b\n", null),
        BulkInputException.class);
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.MALFORMED_CSV);
  }

  @Test
  void theFingerprintIsOfTheBytes() throws Exception {
    Path a = dir.resolve("a.csv");
    Files.writeString(a, "email address\na@example.com\n");
    String first;
    try (RowCursor c = new CsvSource(a, null).open()) {
      c.forEachRemaining(r -> { });
      first = c.fingerprint();
    }
    Files.writeString(a, "email address\na@example.com\n\n");
    try (RowCursor c = new CsvSource(a, null).open()) {
      c.forEachRemaining(r -> { });
      assertThat(c.fingerprint()).isNotEqualTo(first).hasSize(64);
    }
  }
}
