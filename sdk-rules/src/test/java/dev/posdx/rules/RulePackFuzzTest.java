package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.contract.ContractException;
import dev.posdx.rules.contract.OutcomeJson;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes given to the loader give a pack or a {@link RulePackException}, never another
 * exception, a hang or a crash; likewise any text given to the outcome reader. Runs on the seed
 * inputs in {@code RulePackFuzzTestInputs/} during a plain {@code mvn verify}; {@code .ci/fuzz}
 * fuzzes each for a fixed time with {@code JAZZER_FUZZ=1}.
 */
class RulePackFuzzTest {

  private static final RulePackReader READER = RulePackReader.builder().maxBytes(64 * 1024).build();

  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveAPackOrAPackError(byte[] input) {
    // No extension: the format is picked from the content, so JSON and YAML are both reached.
    try {
      RulePack pack = READER.read("fuzz", input);
      assertThat(pack.rules()).allSatisfy(rule -> assertThat(rule.examples()).isNotEmpty());
    } catch (RulePackException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).isNotBlank();
      e.problems().forEach(p -> assertThat(p.location().resource()).isEqualTo("fuzz"));
    }
  }

  @FuzzTest(maxDuration = "60s")
  void anyTextGivesAnOutcomeOrAContractError(byte[] input) {
    String line = new String(input, StandardCharsets.UTF_8);
    for (OutcomeJson reader : new OutcomeJson[] {OutcomeJson.strict(), OutcomeJson.lenient()}) {
      try {
        TransactionOutcome outcome = reader.read(line);
        assertThat(outcome.network()).isNotNull();
      } catch (ContractException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }
}
