package dev.posdx.bench;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
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
 * Diagnosing UnionPay codes with every built-in pack loaded, beside two alternatives measured in
 * the same run: a {@code HashMap} from code to message (the floor), and the same UnionPay
 * mapping written as Easy Rules 4.1.0 rules (the lightweight engine a team would otherwise pick).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class BuiltinPacksBench {

  private static final int MASK = 1023;

  private Diagnoser diagnoser;
  private Map<String, String> messages;
  private Rules easyRules;
  private RulesEngine easyEngine;
  private TransactionOutcome[] outcomes;
  private String[] codes;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    diagnoser = Diagnoser.builder().addInstalledPacks().build();
    RulePack unionPay =
        diagnoser.packs().stream()
            .filter(p -> p.id().equals("unionpay"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the built-in unionpay pack is not on the class path"));
    List<String> upCodes = new ArrayList<>();
    messages = new HashMap<>();
    easyRules = new Rules();
    int priority = 0;
    for (Rule rule : unionPay.rules()) {
      for (Matcher m : rule.when()) {
        if (m instanceof Matcher.ResponseCodeIn in && rule.when().size() == 2) {
          for (ResponseCode code : in.codes()) {
            String value = code.value();
            String cause = rule.then().cause().id();
            upCodes.add(value);
            messages.put(value, cause);
            // What a team writes by hand: one rule per code, a condition on the facts, an action.
            easyRules.register(
                new RuleBuilder()
                    .name(rule.id() + "-" + value)
                    .priority(priority++)
                    .when(facts -> facts.get("network") == Network.UNIONPAY && value.equals(facts.get("code")))
                    .then(facts -> facts.put("cause", cause))
                    .build());
          }
        }
      }
    }
    easyEngine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
    Random random = new Random(42L);
    outcomes = new TransactionOutcome[MASK + 1];
    codes = new String[MASK + 1];
    for (int i = 0; i <= MASK; i++) {
      codes[i] = upCodes.get(random.nextInt(upCodes.size()));
      outcomes[i] = TransactionOutcome.of(Network.UNIONPAY, codes[i]);
    }
  }

  @Benchmark
  public Diagnosis posdxDiagnose() {
    return diagnoser.diagnose(outcomes[next++ & MASK]);
  }

  @Benchmark
  public @Nullable String baselineHashMapMessage() {
    return messages.get(codes[next++ & MASK]);
  }

  @Benchmark
  public Object easyRulesFire() {
    Facts facts = new Facts();
    facts.put("network", Network.UNIONPAY);
    facts.put("code", codes[next++ & MASK]);
    easyEngine.fire(easyRules, facts);
    return facts.get("cause");
  }
}
