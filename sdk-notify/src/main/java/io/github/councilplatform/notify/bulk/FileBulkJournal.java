package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.notify.TemplateType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The embedded journal: one append-only text file per batch ({@code <batch id>.journal}) in a directory, and
 * an exclusive OS lock while a batch is open so two processes cannot send the same batch. No database, no
 * set-up; it survives a crash or {@code kill -9} because a row is written {@link RowState#IN_FLIGHT} and synced
 * ({@code fsync}) before it is sent, and a half-written last line (the process died mid-write) is dropped when
 * the file is next opened.
 *
 * <p>Every change is written to the file at once, so a killed process loses none. Only claims, pauses and the
 * end of a batch are synced: a row's outcome ({@code SENT}, {@code FAILED}, ...) lost by a power cut before the
 * next sync leaves the row {@code IN_FLIGHT}, which a resume reconciles by reference like any other row left
 * in flight, so no row is sent twice. That is one sync per claim of rows (100 by default) instead of one a row:
 * a disk that syncs in a millisecond or more would otherwise cap a batch below Notify's higher limits.
 *
 * <p>It keeps each row's state (not its data or key) in memory while open: about 32 bytes a row, 32 MiB for
 * a million. For several
 * instances sharing one batch, use a shared journal (PostgreSQL) instead.
 */
public final class FileBulkJournal implements BulkJournal {
  private static final String MAGIC = "notify-bulk-journal v1";
  private final Path directory;
  private final Clock clock;

  private FileBulkJournal(Path directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * A journal keeping its files in a directory (created if missing).
   *
   * @param directory the directory, for example {@code ./notify-batches}
   * @return the journal
   */
  public static FileBulkJournal in(Path directory) {
    return in(directory, Clock.systemUTC());
  }

  /**
   * A journal keeping its files in a directory, stamping changes with a clock.
   *
   * @param directory the directory
   * @param clock the clock for {@link RowRecord#updatedAt()}
   * @return the journal
   */
  public static FileBulkJournal in(Path directory, Clock clock) {
    return new FileBulkJournal(Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(clock,
        "clock"));
  }

  /**
   * The file a batch's journal is kept in.
   *
   * @param batchId the batch id
   * @return the path
   */
  public Path fileFor(String batchId) {
    return directory.resolve(batchId + ".journal");
  }

  @Override
  public BatchJournal open(BatchIdentity identity) {
    Objects.requireNonNull(identity, "identity");
    Path file = fileFor(identity.batchId());
    try {
      Files.createDirectories(directory);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new JournalMismatchException("The journal " + file + " is in use by another run of batch "
            + identity.batchId() + ". Wait for it to finish, or stop it; a file journal cannot be shared"
            + " (use a shared journal for several instances).");
      }
      try {
        Replay replay = Replay.read(file);
        if (replay.identity == null) {
          channel.truncate(0);
          Open open = new Open(identity, channel, lock, new Replay());
          open.append(MAGIC + '\t' + identity.batchId() + '\t' + identity.templateId() + '\t'
              + identity.channel().name() + '\t' + identity.fingerprint());
          return open;
        }
        check(identity, replay.identity, file);
        // Drop a torn last line (the process died while writing it).
        channel.truncate(replay.validBytes);
        channel.position(replay.validBytes);
        return new Open(identity, channel, lock, replay);
      } catch (RuntimeException | IOException e) {
        lock.release();
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      throw new JournalException("Cannot open the journal " + file + ": " + e.getMessage(), e);
    }
  }

  private static void check(BatchIdentity wanted, BatchIdentity found, Path file) {
    if (!wanted.templateId().equals(found.templateId()) || wanted.channel() != found.channel()) {
      throw new JournalMismatchException("Batch " + wanted.batchId() + " was started with template "
          + found.templateId() + " (" + found.channel() + "), not " + wanted.templateId() + " ("
          + wanted.channel() + "). Nothing was sent. Resume it with its own template, or give this a new batch id"
          + " (journal: " + file + ").");
    }
    if (!wanted.fingerprint().equals(found.fingerprint())) {
      throw new JournalMismatchException("Batch " + wanted.batchId() + " was started with other rows: the file"
          + " or rows have changed since (fingerprint " + found.fingerprint().substring(0, 12) + "…, now "
          + wanted.fingerprint().substring(0, 12) + "…). Nothing was sent. Resume it with the exact file it"
          + " started with, or give the new rows a new batch id (journal: " + file + ").");
    }
  }

  @Override
  public Optional<BatchStatus> status(String batchId) {
    Path file = fileFor(batchId);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Replay r = Replay.read(file);
      if (r.identity == null) {
        return Optional.empty();
      }
      return Optional.of(new BatchStatus(r.identity, r.counts(), r.pausedUntil, r.completed));
    } catch (IOException e) {
      throw new JournalException("Cannot read the journal " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    // Each batch's file is closed by its BatchJournal.
  }

  @Override
  public String toString() {
    return "FileBulkJournal{" + directory + '}';
  }

  /** The file read back: the identity, each row's last state, and how many bytes are whole lines. */
  private static final class Replay {
    BatchIdentity identity;
    final RowStates rows = new RowStates();
    Instant pausedUntil;
    boolean completed;
    long validBytes;

    static Replay read(Path file) throws IOException {
      Replay r = new Replay();
      // Streamed, not read whole: a million-row batch's journal is hundreds of megabytes.
      try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(128);
        long offset = 0;
        int b;
        while ((b = in.read()) != -1) {
          if (b == 0) {
            // A power cut can leave zero-filled blocks after the last sync: the end of what was written.
            break;
          }
          offset++;
          if (b == '\n') {
            r.apply(line.toString(StandardCharsets.UTF_8), file);
            line.reset();
            r.validBytes = offset;
          } else {
            line.write(b);
          }
        }
      }
      return r;
    }

    void apply(String line, Path file) {
      String[] f = line.split("\t", -1);
      if (identity == null) {
        if (f.length != 5 || !MAGIC.equals(f[0])) {
          throw new JournalException("The file " + file + " is not a Notify bulk journal. Move it away, or"
              + " point the journal at another directory.", null);
        }
        identity = new BatchIdentity(f[1], UUID.fromString(f[2]), TemplateType.valueOf(f[3]), f[4]);
        return;
      }
      switch (f[0]) {
        case "R" -> {
          RowState state = RowState.valueOf(f[1]);
          String key = unescape(f[3]);
          long rowLine = Long.parseLong(f[2]);
          RowState before = rows.get(key, rowLine);
          if (before == null || !before.isFinal()) {
            rows.put(key, rowLine, state);
          }
        }
        case "P" -> pausedUntil = Instant.ofEpochMilli(Long.parseLong(f[1]));
        case "C" -> completed = true;
        default -> throw new JournalException("The journal " + file + " has a line it does not understand: "
            + f[0], null);
      }
    }

    BatchCounts counts() {
      return rows.counts();
    }
  }

  private static String escape(String s) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('=');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String unescape(String s) {
    if ("-".equals(s)) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** An open batch: appends and syncs under a lock of the JVM and of the OS. */
  private final class Open implements BatchJournal {
    private final BatchIdentity identity;
    private final FileChannel channel;
    private final FileLock lock;
    private final RowStates rows;
    /** Rows left IN_FLIGHT by an earlier run: to reconcile. Rows claimed in this run are not in it. */
    private final Set<String> orphans = new HashSet<>();
    private Instant pausedUntil;
    private boolean closed;

    Open(BatchIdentity identity, FileChannel channel, FileLock lock, Replay replay) {
      this.identity = identity;
      this.channel = channel;
      this.lock = lock;
      this.rows = replay.rows;
      this.pausedUntil = replay.pausedUntil;
      rows.forEachUnresolved((key, line) -> {
        if (rows.get(key, line) == RowState.IN_FLIGHT) {
          orphans.add(key);
        }
      });
    }

    @Override
    public BatchIdentity identity() {
      return identity;
    }

    @Override
    public synchronized List<RowRef> claim(List<RowRef> candidates) {
      List<RowRef> claimed = new ArrayList<>();
      StringBuilder lines = new StringBuilder();
      for (RowRef row : candidates) {
        RowState state = rows.get(row.key(), row.line());
        if (state == null || state == RowState.PENDING) {
          claimed.add(row);
          lines.append(record(RowState.IN_FLIGHT, row, null, null)).append('\n');
        }
      }
      if (!claimed.isEmpty()) {
        write(lines.toString(), true);
        for (RowRef row : claimed) {
          rows.put(row.key(), row.line(), RowState.IN_FLIGHT);
        }
      }
      return claimed;
    }

    @Override
    public synchronized void recordSent(RowRef row, UUID notificationId) {
      Objects.requireNonNull(notificationId, "notificationId");
      change(row, RowState.SENT, notificationId, null);
    }

    @Override
    public synchronized void recordFailed(RowRef row, String reason) {
      change(row, RowState.FAILED, null, reason);
    }

    @Override
    public synchronized void recordUnknown(RowRef row, String reason) {
      change(row, RowState.OUTCOME_UNKNOWN, null, reason);
    }

    @Override
    public synchronized void release(RowRef row) {
      change(row, RowState.PENDING, null, null);
    }

    private void change(RowRef row, RowState state, UUID id, String reason) {
      RowState before = rows.get(row.key(), row.line());
      if (before != null && before.isFinal()) {
        if (before == state) {
          return;
        }
        throw new IllegalStateException("Row " + row.key() + " is already " + before + "; it cannot become "
            + state);
      }
      write(record(state, row, id, reason) + '\n', state == RowState.IN_FLIGHT);
      rows.put(row.key(), row.line(), state);
      if (state != RowState.IN_FLIGHT) {
        orphans.remove(row.key());
      }
    }

    private String record(RowState state, RowRef row, UUID id, String reason) {
      return "R\t" + state.name() + '\t' + row.line() + '\t' + escape(row.key()) + '\t'
          + (id == null ? "-" : id.toString()) + '\t' + escape(reason) + '\t' + clock.millis();
    }

    @Override
    public synchronized List<RowRecord> unresolved(int limit) {
      List<RowRecord> out = new ArrayList<>();
      Instant now = clock.instant();
      rows.forEachUnresolved((key, line) -> {
        RowState s = rows.get(key, line);
        if (out.size() < limit
            && (s == RowState.OUTCOME_UNKNOWN || (s == RowState.IN_FLIGHT && orphans.contains(key)))) {
          out.add(new RowRecord(new RowRef(key, line), s, null, null, now));
        }
      });
      return out;
    }

    @Override
    public synchronized Iterable<RowRecord> rows(RowState state) {
      Path file = fileFor(identity.batchId());
      Map<String, RowRecord> out = new LinkedHashMap<>();
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        reader.readLine();
        String line;
        while ((line = reader.readLine()) != null) {
          String[] f = line.split("\t", -1);
          if (f.length == 7 && "R".equals(f[0]) && state.name().equals(f[1])) {
            String key = unescape(f[3]);
            long rowLine = Long.parseLong(f[2]);
            if (rows.get(key, rowLine) == state) {
              out.put(key, new RowRecord(new RowRef(key, rowLine), state,
                  "-".equals(f[4]) ? null : UUID.fromString(f[4]), unescape(f[5]),
                  Instant.ofEpochMilli(Long.parseLong(f[6]))));
            }
          }
        }
      } catch (IOException e) {
        throw new JournalException("Cannot read the journal " + file + ": " + e.getMessage(), e);
      }
      return List.copyOf(out.values());
    }

    @Override
    public synchronized BatchCounts counts() {
      return rows.counts();
    }

    @Override
    public synchronized void pause(Instant until, String reason) {
      append("P\t" + until.toEpochMilli() + '\t' + escape(reason));
      pausedUntil = until;
    }

    @Override
    public synchronized Optional<Instant> pausedUntil() {
      return Optional.ofNullable(pausedUntil);
    }

    @Override
    public synchronized void complete() {
      append("C");
    }

    private void append(String line) {
      write(line + '\n', true);
    }

    private void write(String text, boolean sync) {
      if (closed) {
        throw new IllegalStateException("The journal of batch " + identity.batchId() + " is closed");
      }
      try {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        if (sync) {
          // The point of the journal: a claim is on disk before its rows are sent. This also syncs every
          // outcome written since the last sync.
          channel.force(false);
        }
      } catch (IOException e) {
        throw new JournalException("Cannot write the journal of batch " + identity.batchId() + ": "
            + e.getMessage() + ". The batch stopped; fix the disk and resume.", e);
      }
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        channel.force(false);
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new JournalException("Cannot close the journal of batch " + identity.batchId(), e);
      }
    }
  }
}
