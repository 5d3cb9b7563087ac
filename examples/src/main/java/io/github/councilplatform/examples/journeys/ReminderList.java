package io.github.councilplatform.examples.journeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The council tax reminder list, as a council exports it from its revenues system: one resident a row,
 * {@code account,name,channel,contact,amount_due,due_date}; a letter's contact is its address lines and
 * postcode separated by {@code |}. Kept deliberately simple (no quoting): it stands in for your own data.
 */
record ReminderList(List<Row> rows) {

  /**
   * One resident to remind.
   *
   * @param line the line in the file (the header is line 1), to report problems by
   */
  record Row(int line, String account, String name, String channel, String contact, String amountDue,
      String dueDate) {

    List<String> addressLines() {
      List<String> parts = Arrays.asList(contact.split("\\|"));
      return parts.subList(0, parts.size() - 1);
    }

    String postcode() {
      String[] parts = contact.split("\\|");
      return parts[parts.length - 1];
    }
  }

  static ReminderList read(InputStream csv) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (header == null || !header.startsWith("account,")) {
        throw new IOException("The reminder list should start with its header line");
      }
      int line = 1;
      String text;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        String[] f = text.split(",", -1);
        if (f.length != 6) {
          throw new IOException("Line " + line + " should have 6 fields, not " + f.length);
        }
        rows.add(new Row(line, f[0], f[1], f[2], f[3], f[4], f[5]));
      }
    }
    return new ReminderList(List.copyOf(rows));
  }
}
