package dev.posdx.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.JoinedPieces;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written step id check accepts exactly what {@link Step#ID} matches. */
class StepIdTest {

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces = List.of("a", "z", "q", "0", "9", "-", ".", "A", "_", " ", "é", "step", "call-issuer", "..");
    JoinedPieces.sweep(pieces, s -> {
      assertThat(Step.isId(s)).as("\"%s\"", s).isEqualTo(Step.ID.matcher(s).matches());
    });
  }
}
