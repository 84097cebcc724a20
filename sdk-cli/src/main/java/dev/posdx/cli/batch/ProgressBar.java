package dev.posdx.cli.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A one-line progress bar on standard error for long runs, redrawn at most a few times a second.
 * {@link #forTerminal} gives a silent one when standard error is not a terminal, so logs and
 * pipes stay clean. Not thread-safe.
 */
public final class ProgressBar implements LongConsumer {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final long totalBytes;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  private ProgressBar(PrintStream err, long totalBytes, boolean enabled) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.enabled = enabled;
  }

  /**
   * A bar when the process runs on a terminal ({@code System.console() != null}), silent otherwise.
   *
   * @param totalBytes the input's size, or -1 when unknown (standard input)
   */
  public static ProgressBar forTerminal(PrintStream err, long totalBytes) {
    return new ProgressBar(err, totalBytes, System.console() != null);
  }

  public static ProgressBar silent() {
    return new ProgressBar(System.err, -1, false);
  }

  public boolean enabled() {
    return enabled;
  }

  @Override
  public void accept(long bytesRead) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print('\r' + render(bytesRead, totalBytes));
    err.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  public void finish(long bytesRead) {
    if (enabled && drawn) {
      err.print('\r' + render(bytesRead, totalBytes) + '\n');
      err.flush();
    }
  }

  static String render(long done, long total) {
    if (total <= 0) {
      return String.format(Locale.ROOT, "[%s] %s read", "=".repeat(WIDTH), bytes(done));
    }
    double fraction = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    return String.format(Locale.ROOT, "[%s%s] %3d%%  %s / %s",
        "#".repeat(filled), " ".repeat(WIDTH - filled), Math.round(fraction * 100), bytes(done), bytes(total));
  }

  private static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    }
    if (n < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GiB", n / (1024.0 * 1024 * 1024));
  }
}
