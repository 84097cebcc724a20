package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.RulePackException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SwappableDiagnoserTest {

  /**
   * Two packs of one generation: a BASE pack and a NETWORK pack that both match code 05, so a
   * diagnosis has findings from both; every rule's cause names the generation.
   */
  private static RulePacks generation(String name) {
    String base =
        """
        schemaVersion: 1
        id: gen-base
        version: "%1$s"
        scope: BASE
        sources: [{document: "test generation %1$s", edition: "1"}]
        rules:
          - id: base-05
            when: {responseCode: ["05"]}
            then: {cause: issuer.gen-%1$s, category: ISSUER, retry: {decision: NEVER}}
            examples:
              - {given: {network: JCB, responseCode: "05"}, expect: issuer.gen-%1$s}
        """.formatted(name);
    String network = base.replace("id: gen-base", "id: gen-network").replace("scope: BASE", "scope: NETWORK")
        .replace("base-05", "visa-05").replace("when: {responseCode", "when: {network: [VISA], responseCode")
        .replace("network: JCB", "network: VISA");
    RulePackReader reader = RulePackReader.standard();
    return RulePacks.of(reader.read("base-" + name + ".yaml", base), reader.read("network-" + name + ".yaml", network));
  }

  private static final TransactionOutcome VISA_05 = TransactionOutcome.of(Network.VISA, "05");

  @Test
  void aSwapTakesEffectForTheNextDiagnosis() {
    SwappableDiagnoser live = SwappableDiagnoser.of(generation("a"));
    assertThat(live.diagnose(VISA_05).cause().id()).isEqualTo("issuer.gen-a");
    RulePacks old = live.swap(generation("b"));
    assertThat(old).isEqualTo(generation("a"));
    assertThat(live.diagnose(VISA_05).cause().id()).isEqualTo("issuer.gen-b");
    assertThat(live.diagnose(VISA_05).findings()).hasSize(2);
  }

  @Test
  void aSetWhoseExamplesFailIsRefusedAndTheOldSetKeepsServing() {
    SwappableDiagnoser live = SwappableDiagnoser.of(generation("a"));
    RulePack liar = RulePackReader.standard().read("liar.yaml", RulePackReaderTest.MINIMAL
        .replace("scope: BASE", "scope: STORE")
        .replace("responseCode: [\"51\"]", "responseCode: [\"05\"]")
        .replace("responseCode: \"51\"", "responseCode: \"05\""));
    RulePacks broken = generation("b").with(RulePacks.of(liar));

    RulePackException e = catchThrowableOfType(RulePackException.class, () -> live.swap(broken));
    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.reason()).isEqualTo(Reason.EXAMPLE_MISMATCH));
    assertThat(live.packs()).isEqualTo(generation("a"));
    assertThat(live.diagnose(VISA_05).cause().id()).isEqualTo("issuer.gen-a");
  }

  @Test
  void aStartingSetIsCheckedToo() {
    RulePack liar = RulePackReader.standard().read("liar.yaml", RulePackReaderTest.MINIMAL.replace("expect: account.insufficient-funds", "expect: card.expired"));
    assertThat(catchThrowableOfType(RulePackException.class, () -> SwappableDiagnoser.of(RulePacks.of(liar))).reason())
        .isEqualTo(Reason.EXAMPLE_MISMATCH);
  }

  @Test
  void noDiagnosisEverSeesAMixOfTwoSets() throws Exception {
    List<RulePacks> generations = List.of(generation("a"), generation("b"), generation("c"));
    SwappableDiagnoser live = SwappableDiagnoser.of(generations.get(0));
    int readers = 4;
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(readers);
    Set<String> mixed = ConcurrentHashMap.newKeySet();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < readers; t++) {
      Thread reader = new Thread(() -> {
        started.countDown();
        while (!stop.get()) {
          Diagnosis d = live.diagnose(VISA_05);
          // Every finding's pack version and the primary cause must come from one generation.
          Set<String> versions = d.findings().stream().map(f -> f.source().packVersion()).collect(Collectors.toSet());
          String causeGeneration = d.cause().id().substring("issuer.gen-".length());
          if (versions.size() != 1 || !versions.contains(causeGeneration) || d.findings().size() != 2) {
            mixed.add(d.findings().stream().map(Finding::toString).collect(Collectors.joining("; ")));
          }
          seen.add(causeGeneration);
        }
      });
      threads.add(reader);
      reader.start();
    }
    started.await();
    for (int swap = 1; swap <= 300; swap++) {
      live.swap(generations.get(swap % 3));
    }
    stop.set(true);
    for (Thread reader : threads) {
      reader.join();
    }
    assertThat(mixed).isEmpty();
    assertThat(seen).isNotEmpty().isSubsetOf("a", "b", "c");
    // The last swap (300 % 3 == 0) is what a new diagnosis sees.
    assertThat(live.diagnose(VISA_05).cause().id()).isEqualTo("issuer.gen-a");
  }
}
