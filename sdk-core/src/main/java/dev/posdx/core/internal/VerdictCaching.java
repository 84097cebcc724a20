package dev.posdx.core.internal;

import java.util.function.Supplier;

/**
 * The switch for the engine's verdict cache, for tests that check a cached diagnoser against one
 * that computes every verdict anew. On unless a diagnoser is built inside {@link #off}. Not API.
 */
public final class VerdictCaching {

  private static final ThreadLocal<Boolean> OFF = new ThreadLocal<>();

  private VerdictCaching() {}

  /** Runs {@code build} (which builds diagnosers) with the cache off for what it builds. */
  public static <T> T off(Supplier<T> build) {
    OFF.set(Boolean.TRUE);
    try {
      return build.get();
    } finally {
      OFF.remove();
    }
  }

  /** Whether a diagnoser built now on this thread keeps verdicts. */
  public static boolean enabled() {
    return OFF.get() == null;
  }
}
