package dev.posdx.bench;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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

/**
 * The diagnose path on a realistic rule set (over 300 rules across networks and terminal
 * states) beside the obvious alternative measured in the same run: a {@code HashMap} from the
 * response code to a message. Run with {@code -prof gc} for the bytes allocated per diagnosis.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class DiagnoseBench {

  private static final int MASK = 1023;

  private Diagnoser diagnoser;
  private Map<String, String> messages;
  private TransactionOutcome[] outcomes;
  private String[] codes;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    var packs = SyntheticRuleSet.packs();
    if (SyntheticRuleSet.ruleCount(packs) < 300) {
      throw new IllegalStateException("the benchmark needs a realistic rule set of 300+ rules");
    }
    diagnoser = Diagnoser.builder().addPacks(packs).build();
    messages = SyntheticRuleSet.messageTable();
    outcomes = SyntheticRuleSet.outcomes(MASK + 1, 42L);
    codes = SyntheticRuleSet.codesOf(outcomes);
  }

  @Benchmark
  public Diagnosis diagnose() {
    return diagnoser.diagnose(outcomes[next++ & MASK]);
  }

  @Benchmark
  public @Nullable String baselineHashMapMessage() {
    return messages.get(codes[next++ & MASK]);
  }
}
