package dev.posdx.bench;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.Guidance;
import dev.posdx.i18n.GuidanceRenderer;
import java.util.Locale;

/**
 * What a terminal app does the first time a card is declined after start-up: load the built-in
 * packs and bundles, diagnose one outcome and render the cardholder's text. {@link ColdStart}
 * times it in fresh JVMs. Exits with status 2 if the answer is not a real one, so a broken
 * class path is never timed as a fast start.
 */
public final class FirstGuidance {

  private FirstGuidance() {}

  /**
   * Runs the four steps; with {@code --phases}, also prints each step's wall time and the main
   * thread's CPU time in milliseconds (the clocks are read either way, so the flag does not change
   * what {@link ColdStart} times).
   */
  public static void main(String[] args) {
    long[] wall = new long[5];
    long[] cpu = new long[5];
    ThreadMXBeanClock clock = new ThreadMXBeanClock(java.util.Arrays.asList(args).contains("--phases"));
    clock.read(wall, cpu, 0);
    Diagnoser diagnoser = Diagnoser.standard();
    clock.read(wall, cpu, 1);
    Diagnosis d =
        diagnoser.diagnose(
            TransactionOutcome.builder(Network.UNIONPAY).responseCode("51").pan("6222021234567890128").build());
    clock.read(wall, cpu, 2);
    GuidanceRenderer renderer = GuidanceRenderer.standard();
    clock.read(wall, cpu, 3);
    Guidance text = renderer.render(d, Audience.CARDHOLDER, Locale.forLanguageTag("zh-Hans"));
    clock.read(wall, cpu, 4);
    if (d.cause().equals(Cause.UNKNOWN) || text.longText().isBlank()) {
      System.err.println("no real guidance: " + d.cause() + " / " + text.longText());
      System.exit(2);
    }
    System.out.println(d.cause() + ": " + text.longText());
    if (clock.enabled) {
      String[] steps = {"Diagnoser.standard()", "first diagnose", "GuidanceRenderer.standard()", "first render"};
      for (int i = 0; i < steps.length; i++) {
        System.out.printf(Locale.ROOT, "%-28s wall %6.1f ms   main-thread cpu %6.1f ms%n",
            steps[i], (wall[i + 1] - wall[i]) / 1e6, (cpu[i + 1] - cpu[i]) / 1e6);
      }
    }
  }

  /** Wall and main-thread CPU clocks; the CPU clock (JMX) is loaded only with {@code --phases}. */
  private static final class ThreadMXBeanClock {
    final boolean enabled;

    ThreadMXBeanClock(boolean enabled) {
      this.enabled = enabled;
    }

    void read(long[] wall, long[] cpu, int step) {
      // CPU first: the first read loads JMX, which must fall before the first wall time.
      cpu[step] = enabled ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
      wall[step] = System.nanoTime();
    }
  }
}
