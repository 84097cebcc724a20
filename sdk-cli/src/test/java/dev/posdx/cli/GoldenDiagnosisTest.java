package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.posdx.examples.contract.SchemaChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each {@code src/test/resources/golden/NAME.in.json} is one contract line; the
 * output of {@code posdx diagnose --jsonl} for it must equal {@code NAME.out.json}. On a mismatch
 * the output is written beside the golden as {@code NAME.out.json.actual} to compare and, when
 * the change is right, to copy over it. {@code -Dposdx.golden.update=true} rewrites every golden.
 */
class GoldenDiagnosisTest {

  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TestFactory
  Stream<DynamicTest> everyGoldenOutcome() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      inputs = files.filter(p -> p.getFileName().toString().endsWith(".in.json")).sorted().toList();
    }
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(12);
    return inputs.stream().map(input -> DynamicTest.dynamicTest(name(input), () -> check(input)));
  }

  private static String name(Path input) {
    String file = input.getFileName().toString();
    return file.substring(0, file.length() - ".in.json".length());
  }

  private static void check(Path input) throws IOException {
    String line = Files.readString(input, UTF_8).strip();
    Cli.Run run = Cli.run(line + "\n", "diagnose", "--jsonl");
    List<JsonNode> out = run.jsonLines();
    assertThat(out).as(run.stderr()).hasSize(1);
    assertThat(SchemaChecks.diagnosis().problems(out.get(0))).isEmpty();
    String actual = Cli.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out.get(0)) + "\n";

    Path golden = GOLDEN.resolve(name(input) + ".out.json");
    Path mismatch = GOLDEN.resolve(name(input) + ".out.json.actual");
    if (Boolean.getBoolean("posdx.golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, actual, UTF_8);
      Files.deleteIfExists(mismatch);
      assertThat(Boolean.getBoolean("posdx.golden.update")).as("%s was missing and has been written: review it", golden).isTrue();
      return;
    }
    String expected = Files.readString(golden, UTF_8);
    if (!expected.equals(actual)) {
      Files.writeString(mismatch, actual, UTF_8);
    } else {
      Files.deleteIfExists(mismatch);
    }
    assertThat(actual).as("%s differs; the output is in %s", golden, mismatch).isEqualTo(expected);
  }
}
