package dev.posdx.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written cause id check accepts exactly the documented shape, up to 64 characters. */
class CauseIdTest {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces =
        List.of("a", "z", "q", "0", "9", "-", ".", "A", "_", " ", "é", "issuer", "peak-load", "..",
            "a-very-long-family-name-that-takes-thirty");
    qt().withFixedSeed(20261206L).withExamples(20_000)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(picks -> {
          StringBuilder id = new StringBuilder();
          picks.forEach(i -> id.append(pieces.get(i)));
          String s = id.toString();
          boolean expected = s.length() <= 64 && SHAPE.matcher(s).matches();
          Throwable thrown = catchThrowable(() -> Cause.of(s));
          assertThat(thrown == null).as("\"%s\"", s).isEqualTo(expected);
          if (thrown != null) {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cause must be a dotted lower-case id such as issuer.refer, got ");
          }
        });
  }

  @Test
  void equalCausesHaveEqualHashesAndIdsDecide() {
    assertThat(Cause.of("issuer.refer")).isEqualTo(Cause.of("issuer.refer")).hasSameHashCodeAs(Cause.of("issuer.refer"));
    assertThat(Cause.of("issuer.refer")).isNotEqualTo(Cause.of("issuer.refer-x")).isNotEqualTo("issuer.refer");
  }
}
