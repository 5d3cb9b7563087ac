package io.github.councilplatform.sandbox.internal.notify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small, valid one-page A4 PDF of a letter (address block, subject, body) in Helvetica. Enough for a
 * PDF viewer and for {@code getPdfForLetter}; not a print-ready Notify letter.
 */
final class LetterPdf {
  private LetterPdf() {}

  static byte[] render(List<String> address, String subject, String body) {
    List<String> lines = new ArrayList<>(address);
    lines.add("");
    lines.add(subject == null ? "" : subject);
    lines.add("");
    for (String paragraph : (body == null ? "" : body).split("\n")) {
      lines.addAll(wrap(paragraph, 90));
    }
    StringBuilder text = new StringBuilder("BT /F1 11 Tf 14 TL 72 770 Td\n");
    for (String line : lines) {
      text.append('(').append(escape(line)).append(") Tj T*\n");
    }
    text.append("ET\n");
    byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
            + " /Contents 4 0 R >>",
        "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1)
            + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int off : offsets) {
      x.append(String.format("%010d 00000 n \n", off));
    }
    x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    write(out, x.toString());
    return out.toByteArray();
  }

  private static List<String> wrap(String paragraph, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + word.length() + 1 > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
    return out;
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 32 || c > 255) {
        b.append('?');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
