package dev.posdx.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.JoinedPieces;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written step id check accepts exactly what the step id pattern matches. */
class StepIdTest {

  /** The ids a step's action and message key are. */
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces = List.of("a", "z", "q", "0", "9", "-", ".", "A", "_", " ", "é", "step", "call-issuer", "..");
    JoinedPieces.sweep(pieces, s -> {
      assertThat(Step.isId(s)).as("\"%s\"", s).isEqualTo(ID.matcher(s).matches());
    });
  }
}
