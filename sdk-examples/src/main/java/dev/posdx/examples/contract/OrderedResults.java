package dev.posdx.examples.contract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Diagnoses records on worker threads and writes the results in input order, one JSON object a
 * line. Every record gives exactly one output line at its position: a task that throws, of any
 * type, or whose result cannot be written, gives that record's error line instead.
 *
 * <p>Memory is bounded by one byte budget across all workers, not per worker: the input bytes of
 * every record accepted and not yet written never exceed the budget (a single record larger than
 * the budget runs alone). With one thread every record is done at once on the caller's thread.
 * The listener sees every result in input order, on the caller's thread. Not thread-safe: one
 * reader feeds it.
 */
public final class OrderedResults implements AutoCloseable {

  static final int GROUP_RECORDS = 256;
  static final int GROUP_BYTES = 1 << 20;

  /**
   * The default budget: an eighth of the heap, so that a record's parse tree and text (a few
   * times its bytes) fit beside it; never less than two groups.
   *
   * @return the budget in bytes
   */
  public static long defaultBudget() {
    return Math.max(2L * GROUP_BYTES, Runtime.getRuntime().maxMemory() / 8);
  }

  /** For a caller that needs no results, only the output: groups in flight then hold no diagnoses. */
  public static final Consumer<LineResult> NO_LISTENER = result -> {};

  private record Group(List<LineResult> results, int diagnosed, int failed, byte[] json) {}

  private record InFlight(Future<Group> group, long bytes) {}

  private record Task(long line, Supplier<LineResult> work) {}

  private final OutputStream out;
  private final Consumer<LineResult> listener;
  private final int threads;
  private final long budget;
  private final @Nullable ExecutorService pool;
  private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
  private final @Nullable RecordBuffer direct;
  private List<Task> pending = new ArrayList<>(GROUP_RECORDS);
  private long pendingBytes;
  private long inFlightBytes;
  private long diagnosed;
  private long failed;

  /**
   * Results with the {@linkplain #defaultBudget() default budget}.
   *
   * @param out where the results are written, in input order
   * @param threads how many records are diagnosed at once, 1-256
   * @param listener sees every result, in input order
   */
  public OrderedResults(OutputStream out, int threads, Consumer<LineResult> listener) {
    this(out, threads, defaultBudget(), listener);
  }

  /**
   * @param out where the results are written, in input order
   * @param threads how many records are diagnosed at once, 1-256
   * @param budget the most input bytes held by records accepted and not yet written
   * @param listener sees every result, in input order
   * @throws IllegalArgumentException if {@code threads} is outside 1-256 or the budget is not
   *     positive
   */
  public OrderedResults(OutputStream out, int threads, long budget, Consumer<LineResult> listener) {
    checkArgument(threads >= 1 && threads <= 256, "threads must be 1 to 256, got %s", threads);
    checkArgument(budget >= 1, "budget must be positive, got %s", budget);
    this.out = out;
    this.listener = listener;
    this.threads = threads;
    this.budget = budget;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "posdx-diagnose");
      t.setDaemon(true);
      return t;
    });
    this.direct = threads == 1 ? new RecordBuffer() : null;
  }

  /** {@return whether {@link #add} runs its task at once (one thread), so the task may use reused buffers} */
  public boolean isSequential() {
    return threads == 1;
  }

  /**
   * Waits, writing finished records, until a record of {@code bytes} fits the budget. Call it
   * before copying a record for {@link #add}, so the copy itself stays within the budget.
   *
   * @param bytes the size of the next record
   * @throws IOException when the output cannot be written
   */
  public void makeRoom(long bytes) throws IOException {
    if (threads == 1) {
      return;
    }
    if (!pending.isEmpty() && (pendingBytes + bytes > GROUP_BYTES || pendingBytes + inFlightBytes + bytes > budget)) {
      submit();
    }
    while (!inFlight.isEmpty() && inFlightBytes + pendingBytes + bytes > budget) {
      drainOldest();
    }
  }

  /**
   * Adds the next record's work. With one thread it runs now; otherwise it must not use buffers
   * the caller reuses.
   *
   * @param line the record's line number, for the error line if the task fails
   * @param bytes about how much input the record holds, counted against the budget
   * @param task diagnoses the record
   * @throws IOException when the output cannot be written
   */
  public void add(long line, long bytes, Supplier<LineResult> task) throws IOException {
    if (direct != null) {
      LineResult result = direct.append(line, task);
      count(result);
      if (direct.size() >= 64 * 1024) {
        direct.writeTo(out);
      }
      return;
    }
    makeRoom(bytes);
    pending.add(new Task(line, task));
    pendingBytes += bytes;
    if (pending.size() >= GROUP_RECORDS || pendingBytes >= GROUP_BYTES) {
      submit();
    }
  }

  /** {@return how many records so far were diagnosed} */
  public long diagnosed() {
    return diagnosed;
  }

  /** {@return how many records so far could not be used} */
  public long failed() {
    return failed;
  }

  /**
   * Writes everything still in flight, in order.
   *
   * @throws IOException when the output cannot be written
   */
  public void flush() throws IOException {
    if (direct != null) {
      direct.writeTo(out);
      out.flush();
      return;
    }
    if (!pending.isEmpty()) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      drainOldest();
    }
    out.flush();
  }

  /**
   * Ends a run that cannot go on: writes every record accepted so far, in order, then {@code why}
   * as the final error line. The listener does not see it: it is no input record.
   *
   * @param why the final error line
   * @throws IOException when the output cannot be written
   */
  public void stop(LineError why) throws IOException {
    flush();
    RecordBuffer last = new RecordBuffer();
    last.append(why.line(), () -> new LineResult.Failed(why));
    last.writeTo(out);
    out.flush();
  }

  /** Stops the workers; writes nothing, so a run that failed never writes out of order. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private void submit() throws IOException {
    List<Task> group = pending;
    long bytes = pendingBytes;
    pending = new ArrayList<>(GROUP_RECORDS);
    pendingBytes = 0;
    while (inFlight.size() >= 2 * threads) {
      drainOldest();
    }
    boolean keep = listener != NO_LISTENER;
    inFlight.add(new InFlight(checkNotNull(pool, "one thread has no pool").submit(() -> {
      List<LineResult> results = new ArrayList<>(keep ? group.size() : 0);
      RecordBuffer json = new RecordBuffer();
      int diagnosedHere = 0;
      for (Task task : group) {
        LineResult result = json.append(task.line(), task.work());
        diagnosedHere += result instanceof LineResult.Diagnosed ? 1 : 0;
        if (keep) {
          results.add(result);
        }
      }
      return new Group(results, diagnosedHere, group.size() - diagnosedHere, json.toByteArray());
    }), bytes));
    inFlightBytes += bytes;
  }

  private void drainOldest() throws IOException {
    InFlight oldest = inFlight.removeFirst();
    Group group;
    try {
      group = oldest.group().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while diagnosing");
    } catch (ExecutionException e) {
      // Only an error the JVM cannot go on from (out of memory) gets here: each record is guarded.
      throw new IllegalStateException("a diagnosis worker failed", e.getCause());
    }
    inFlightBytes -= oldest.bytes();
    out.write(group.json());
    diagnosed += group.diagnosed();
    failed += group.failed();
    group.results().forEach(listener);
  }

  private void count(LineResult result) {
    if (result instanceof LineResult.Diagnosed) {
      diagnosed++;
    } else {
      failed++;
    }
    listener.accept(result);
  }

  /**
   * Records rendered as JSON lines. A record whose task or rendering fails is rolled back to where
   * it began and replaced by its error line, so a half-written object never reaches the output.
   */
  private static final class RecordBuffer extends ByteArrayOutputStream {
    private JsonGenerator generator;

    RecordBuffer() {
      super(64 * 1024);
      generator = newGenerator(this);
    }

    LineResult append(long line, Supplier<LineResult> task) throws IOException {
      int start = count;
      try {
        LineResult result = task.get();
        JsonLines.write(generator, result);
        generator.writeRaw('\n');
        generator.flush();
        return result;
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        count = start;
        generator = newGenerator(this);
        LineResult failure = new LineResult.Failed(LineError.ofLine(line,
            "could not be diagnosed: internal error (" + e.getClass().getSimpleName() + ")"));
        JsonLines.write(generator, failure);
        generator.writeRaw('\n');
        generator.flush();
        return failure;
      }
    }

    @Override
    public synchronized void writeTo(OutputStream target) throws IOException {
      super.writeTo(target);
      reset();
    }
  }

  private static JsonGenerator newGenerator(OutputStream out) {
    try {
      JsonGenerator g = JsonLines.FACTORY.createGenerator(out, JsonEncoding.UTF8);
      g.setRootValueSeparator(null);
      return g;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
