package dev.posdx.bench;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.GuidanceRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What rendering adds at the counter: diagnose and render the cashier's and the cardholder's
 * text in Simplified Chinese, beside diagnose alone, in the same run, with every built-in pack.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class RenderBench {

  private static final int MASK = 1023;
  private static final Locale ZH_HANS = Locale.forLanguageTag("zh-Hans");
  private static final List<String> UNIONPAY_CODES = List.of("01", "05", "12", "13", "14", "41", "43", "51", "54", "55", "57", "61", "65", "75", "91", "96", "A0", "A7");

  private Diagnoser diagnoser;
  private GuidanceRenderer renderer;
  private TransactionOutcome[] outcomes;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    diagnoser = Diagnoser.builder().addInstalledPacks().addInstalledIssuerDirectory().build();
    renderer = GuidanceRenderer.standard();
    Random random = new Random(7L);
    outcomes = new TransactionOutcome[MASK + 1];
    for (int i = 0; i <= MASK; i++) {
      outcomes[i] =
          TransactionOutcome.builder(Network.UNIONPAY)
              .responseCode(UNIONPAY_CODES.get(random.nextInt(UNIONPAY_CODES.size())))
              .pan("6222021234567890128")
              .build();
    }
  }

  @Benchmark
  public Diagnosis diagnoseOnly() {
    return diagnoser.diagnose(outcomes[next++ & MASK]);
  }

  @Benchmark
  public void diagnoseAndRenderZhHans(Blackhole bh) {
    Diagnosis d = diagnoser.diagnose(outcomes[next++ & MASK]);
    bh.consume(renderer.render(d, Audience.CASHIER, ZH_HANS));
    bh.consume(renderer.render(d, Audience.CARDHOLDER, ZH_HANS));
  }
}
