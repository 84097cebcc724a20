package dev.posdx.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written step id check accepts exactly what {@link Step#ID} matches. */
class StepIdTest {

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces = List.of("a", "z", "q", "0", "9", "-", ".", "A", "_", " ", "é", "step", "call-issuer", "..");
    qt().withFixedSeed(20261206L).withExamples(20_000)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(picks -> {
          StringBuilder id = new StringBuilder();
          picks.forEach(i -> id.append(pieces.get(i)));
          String s = id.toString();
          assertThat(Step.isId(s)).as("\"%s\"", s).isEqualTo(Step.ID.matcher(s).matches());
        });
  }
}
