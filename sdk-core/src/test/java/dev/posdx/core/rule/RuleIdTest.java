package dev.posdx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written rule id check accepts exactly what {@link Rule#ID} matches. */
class RuleIdTest {

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces =
        List.of("a", "Z", "0", "9", "-", ".", "_", " ", "é", "/", "unionpay-51", "forty-characters-of-a-rule-id-to-go-over",
            "R");
    qt().withFixedSeed(20261206L).withExamples(20_000)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(picks -> {
          StringBuilder id = new StringBuilder();
          picks.forEach(i -> id.append(pieces.get(i)));
          String s = id.toString();
          assertThat(Rule.isId(s)).as("\"%s\"", s).isEqualTo(Rule.ID.matcher(s).matches());
        });
  }
}
