package dev.posdx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step fails on a wrong example, naming the source file, the line and the example. */
class PackCompilerTest {

  @Test
  void aWrongExampleFailsTheBuildWithFileLineAndTheExample(@TempDir Path dir) throws IOException {
    Path packs = Files.createDirectories(dir.resolve("packs"));
    String operator = Files.readString(Path.of("src/main/packs/operator.yaml"), StandardCharsets.UTF_8);
    // The first example now expects another cause than its rule gives.
    String wrong = operator.replaceFirst("expect: operator.original-not-voidable", "expect: operator.preauth-expired");
    assertThat(wrong).isNotEqualTo(operator);
    Files.writeString(packs.resolve("operator.yaml"), wrong, StandardCharsets.UTF_8);
    int line = lineOf(wrong, "expect: operator.preauth-expired");
    String[] args = {"src/main/catalog/causes.yaml", packs.toString(), dir.resolve("out").toString(), dir.toString()};

    assertThatThrownBy(() -> PackCompiler.main(args))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the built-in packs do not compile")
        .hasMessageContaining("packs/operator.yaml:")
        .hasMessageContaining("expected operator.preauth-expired, got operator.original-not-voidable")
        .hasMessageMatching("(?s).*packs/operator\\.yaml:(" + (line - 2) + "|" + (line - 1) + "|" + line + "):\\d+ /rules/\\d+/examples/0.*");
    // Nothing of a failed compilation is left for the jar but the catalog, which compiled.
    assertThat(dir.resolve("out").resolve(CompiledForm.builtInPack("operator"))).doesNotExist();
  }

  private static int lineOf(String text, String needle) {
    return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
  }
}
