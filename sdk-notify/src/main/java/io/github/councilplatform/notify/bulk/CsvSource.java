package io.github.councilplatform.notify.bulk;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file laid out like Notify's upload, read with FastCSV one record at a time (never the whole file), as
 * strict UTF-8, and hashed as it is read.
 */
final class CsvSource extends BatchSource {
  private final Path file;
  private final String keyColumn;

  CsvSource(Path file, String keyColumn) {
    this.file = file;
    this.keyColumn = keyColumn == null ? null : Columns.normalise(keyColumn);
  }

  @Override
  String describe() {
    return file.getFileName().toString();
  }

  Path file() {
    return file;
  }

  boolean hasKeyColumn() {
    return keyColumn != null;
  }

  @Override
  RowCursor open() {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new BulkInputException(BulkInputException.Problem.EMPTY_FILE, "There is no file " + file
          + ". Check the path.");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    MessageDigest digest = Digests.sha256();
    // REPORT, not the default REPLACE: a file saved as Windows-1252 must be refused, not sent with '?' in names.
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(new DigestInputStream(in, digest), utf8),
        64 * 1024);
    CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true)
        .ofCsvRecord(reader);
    Iterator<CsvRecord> records = csv.iterator();
    return new Cursor(csv, records, digest);
  }

  private final class Cursor implements RowCursor {
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final MessageDigest digest;
    private final List<String> columns = new ArrayList<>();
    private final Set<String> headers;
    private long lastLine = 1;
    private SourceRow next;

    Cursor(CsvReader<CsvRecord> csv, Iterator<CsvRecord> records, MessageDigest digest) {
      this.csv = csv;
      this.records = records;
      this.digest = digest;
      CsvRecord header = read();
      if (header == null || header.getFields().stream().allMatch(f -> Columns.clean(f).isEmpty())) {
        close();
        throw new BulkInputException(BulkInputException.Problem.EMPTY_FILE, file.getFileName()
            + " is empty: it needs a header row (for example 'email address,name') and at least one row.");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (String raw : header.getFields()) {
        String name = Columns.clean(raw.startsWith("\uFEFF") ? raw.substring(1) : raw);
        String normalised = Columns.normalise(name);
        if (!normalised.isEmpty() && !seen.add(normalised)) {
          close();
          throw new BulkInputException(BulkInputException.Problem.MALFORMED_CSV, "The column '" + name
              + "' appears twice in the header of " + file.getFileName()
              + " (Notify ignores case, spaces, underscores and hyphens). Remove or rename one of them.");
        }
        columns.add(normalised);
      }
      headers = Collections.unmodifiableSet(seen);
      if (keyColumn != null && !headers.contains(keyColumn)) {
        close();
        throw new BulkInputException(BulkInputException.Problem.MALFORMED_CSV, "The key column '" + keyColumn
            + "' is not in the header of " + file.getFileName() + "; it has " + headers + '.');
      }
      next = advance();
      if (next == null) {
        close();
        throw new BulkInputException(BulkInputException.Problem.EMPTY_FILE, file.getFileName()
            + " has a header but no rows: there is nothing to send.");
      }
    }

    private CsvRecord read() {
      try {
        if (!records.hasNext()) {
          return null;
        }
        CsvRecord r = records.next();
        lastLine = r.getStartingLineNumber();
        return r;
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          close();
          throw new BulkInputException(BulkInputException.Problem.NOT_UTF8, file.getFileName()
              + " is not UTF-8 (the first bad byte is at or after line " + lastLine + "). Save it as"
              + " 'CSV UTF-8' (in Excel: Save As, CSV UTF-8) and try again.");
        }
        throw e;
      } catch (CsvParseException e) {
        close();
        throw new BulkInputException(BulkInputException.Problem.MALFORMED_CSV, file.getFileName()
            + " is not valid CSV after line " + lastLine + " (an unclosed quote?): " + e.getMessage());
      }
    }

    private SourceRow advance() {
      CsvRecord r;
      do {
        r = read();
        if (r == null) {
          return null;
        }
      } while (r.getFields().stream().allMatch(f -> Columns.clean(f).isEmpty()));
      Map<String, String> values = new LinkedHashMap<>();
      List<String> fields = r.getFields();
      for (int i = 0; i < columns.size(); i++) {
        String name = columns.get(i);
        if (!name.isEmpty()) {
          values.put(name, i < fields.size() ? Columns.clean(fields.get(i)) : "");
        }
      }
      String key;
      if (keyColumn == null) {
        key = Long.toString(r.getStartingLineNumber());
      } else {
        key = values.get(keyColumn);
        key = key == null || key.isEmpty() ? null : key;
      }
      return new SourceRow(r.getStartingLineNumber(), key, values);
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public SourceRow next() {
      if (next == null) {
        throw new java.util.NoSuchElementException();
      }
      SourceRow r = next;
      next = advance();
      return r;
    }

    @Override
    public Set<String> headers() {
      return headers;
    }

    @Override
    public String fingerprint() {
      return Digests.hex(digest);
    }

    @Override
    public void close() {
      try {
        csv.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
