package dev.posdx.examples.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posdx.core.Diagnoser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Any bytes streamed through the JSON-lines pipeline give exactly one JSON object per input line,
 * in input order, and never stop the run. Runs on the seed inputs in {@code
 * JsonLinesFuzzTestInputs/} during a plain {@code mvn verify}; {@code .ci/run} fuzzes it for a
 * fixed time with {@code JAZZER_FUZZ=1}.
 */
class JsonLinesFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonLines STRICT = new JsonLines(new DiagnosisPipeline(Diagnoser.standard(), false, GuidanceTexts.standard(), Locale.ENGLISH));
  private static final JsonLines LENIENT = new JsonLines(new DiagnosisPipeline(Diagnoser.standard(), true, GuidanceTexts.standard(), Locale.ENGLISH));

  @FuzzTest(maxDuration = "60s")
  void everyInputLineGivesOneOutputLineInOrder(byte[] input) throws IOException {
    long expected = linesIn(input);
    // One reader per input, picked by its length (the seeds come in both parities): both are
    // reached at half the cost of running both.
    JsonLines lines = input.length % 2 == 0 ? STRICT : LENIENT;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<LineResult> results = new ArrayList<>();
    JsonLines.Summary summary = lines.run(new ByteArrayInputStream(input), out, results::add, bytes -> {});

    assertThat(summary.lines()).isEqualTo(expected);
    assertThat(summary.diagnosed() + summary.failed()).isEqualTo(expected);
    assertThat(results).hasSize((int) expected);
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).line()).as("result %s", i).isEqualTo(i + 1);
    }
    String written = out.toString(UTF_8);
    assertThat(written.isEmpty() || written.endsWith("\n")).as("output ends with a line break").isTrue();
    String[] outputLines = written.isEmpty() ? new String[0] : written.split("\n", -1);
    assertThat(outputLines.length - (written.isEmpty() ? 0 : 1)).isEqualTo(expected);
    for (int i = 0; i < expected; i++) {
      JsonNode record = JSON.readTree(outputLines[i]);
      assertThat(record.isObject()).as("output line %s is a JSON object", i + 1).isTrue();
      if (record.has("error")) {
        assertThat(record.get("error").get("line").asLong()).isEqualTo(i + 1);
      } else {
        assertThat(record.get("cause").isTextual()).as("output line %s has a cause", i + 1).isTrue();
      }
    }
  }

  // The contract's count, worked out apart from LineSplitter: a leading byte-order mark is not
  // part of the data, every '\n' ends a line, and a last line without one counts.
  private static long linesIn(byte[] input) {
    int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF ? 3 : 0;
    long lines = 0;
    boolean open = false;
    for (int i = start; i < input.length; i++) {
      open = input[i] != '\n';
      if (!open) {
        lines++;
      }
    }
    return open ? lines + 1 : lines;
  }
}
