package dev.posdx.examples.contract;

import static com.google.common.base.Preconditions.checkArgument;

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

/**
 * Diagnoses records on worker threads and writes the results in input order, one JSON object a
 * line. Records are taken in groups; at most two groups per thread are in flight, so memory stays
 * bounded whatever the input's length. With one thread every record is done at once on the
 * caller's thread. The listener sees every result in input order, on the caller's thread. Not
 * thread-safe: one reader feeds it.
 */
public final class OrderedResults implements AutoCloseable {

  static final int GROUP_RECORDS = 256;
  static final int GROUP_BYTES = 1 << 20;

  private record Group(List<LineResult> results, byte[] json) {}

  private final OutputStream out;
  private final Consumer<LineResult> listener;
  private final int threads;
  private final ExecutorService pool;
  private final ArrayDeque<Future<Group>> inFlight = new ArrayDeque<>();
  private final JsonGenerator direct;
  private List<Supplier<LineResult>> pending = new ArrayList<>(GROUP_RECORDS);
  private long pendingBytes;
  private long diagnosed;
  private long failed;

  public OrderedResults(OutputStream out, int threads, Consumer<LineResult> listener) throws IOException {
    checkArgument(threads >= 1 && threads <= 256, "threads must be 1 to 256, got %s", threads);
    this.out = out;
    this.listener = listener;
    this.threads = threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "posdx-diagnose");
      t.setDaemon(true);
      return t;
    });
    this.direct = threads == 1 ? newGenerator(out) : null;
  }

  /** Whether {@link #add} runs its task at once (one thread), so the task may use reused buffers. */
  public boolean isSequential() {
    return threads == 1;
  }

  /**
   * Adds the next record's work. With one thread it runs now; otherwise it must not use buffers
   * the caller reuses.
   *
   * @param bytes about how much input the record holds, to bound a group's memory
   */
  public void add(Supplier<LineResult> task, int bytes) throws IOException {
    if (threads == 1) {
      LineResult result = task.get();
      JsonLines.write(direct, result);
      direct.writeRaw('\n');
      count(result);
      return;
    }
    pending.add(task);
    pendingBytes += bytes;
    if (pending.size() >= GROUP_RECORDS || pendingBytes >= GROUP_BYTES) {
      submit();
    }
  }

  public long diagnosed() {
    return diagnosed;
  }

  public long failed() {
    return failed;
  }

  /** Writes everything still in flight, in order. */
  public void flush() throws IOException {
    if (threads == 1) {
      direct.flush();
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

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      if (direct != null) {
        direct.close();
      }
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private void submit() throws IOException {
    List<Supplier<LineResult>> group = pending;
    pending = new ArrayList<>(GROUP_RECORDS);
    pendingBytes = 0;
    while (inFlight.size() >= 2 * threads) {
      drainOldest();
    }
    inFlight.add(pool.submit(() -> {
      List<LineResult> results = new ArrayList<>(group.size());
      ByteArrayOutputStream json = new ByteArrayOutputStream(group.size() * 1024);
      try (JsonGenerator g = newGenerator(json)) {
        for (Supplier<LineResult> task : group) {
          LineResult result = task.get();
          results.add(result);
          JsonLines.write(g, result);
          g.writeRaw('\n');
        }
      }
      return new Group(results, json.toByteArray());
    }));
  }

  private void drainOldest() throws IOException {
    Group group;
    try {
      group = inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while diagnosing");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("a diagnosis worker failed", cause);
    }
    out.write(group.json());
    group.results().forEach(this::count);
  }

  private void count(LineResult result) {
    if (result instanceof LineResult.Diagnosed) {
      diagnosed++;
    } else {
      failed++;
    }
    listener.accept(result);
  }

  private static JsonGenerator newGenerator(OutputStream out) throws IOException {
    JsonGenerator g = JsonLines.FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.setRootValueSeparator(null);
    return g;
  }
}
