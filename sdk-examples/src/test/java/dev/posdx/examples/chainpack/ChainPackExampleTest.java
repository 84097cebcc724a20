package dev.posdx.examples.chainpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.diagnosis.Diagnosis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChainPackExampleTest {

  @Test
  void theStorePackBeatsTheChainPackWhichBeatsTheBuiltIn() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Diagnosis> d = ChainPackExample.run(Path.of("examples", "chain-pack"), Locale.ENGLISH,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(d).extracting(x -> x.trace().get(0).packId())
        .containsExactly("bright-mart", "bright-mart-s-0042", "chain-settlement");
    assertThat(d).allSatisfy(x -> assertThat(x.cause().id()).isEqualTo("settlement.cross-store"));
    assertThat(d.get(1).steps().stream().map(s -> s.action())).contains("contact-acquirer").doesNotContain("contact-hq-settlement");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("bright-mart-s-0042@2026.1 (STORE");
  }
}
