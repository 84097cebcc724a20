package dev.posdx.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.posdx.core.JoinedPieces;
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
    JoinedPieces.sweep(pieces, s -> {
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
