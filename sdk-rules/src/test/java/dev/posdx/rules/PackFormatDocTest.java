package dev.posdx.rules;

import dev.posdx.rules.internal.PackFormat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.contract.OutcomeJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PACK_FORMAT.md stays true: its example is the test pack verbatim, loads, and reproduces; it names every field. */
class PackFormatDocTest {

  private static final Path DOC = Path.of("PACK_FORMAT.md");

  private static String doc() throws Exception {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  private static String exampleInDoc() throws Exception {
    String doc = doc();
    int begin = doc.indexOf("<!-- BEGIN example-chain.yaml -->");
    int end = doc.indexOf("<!-- END example-chain.yaml -->");
    assertThat(begin).as("example markers in %s", DOC).isNotNegative();
    String block = doc.substring(begin, end);
    int open = block.indexOf("```yaml\n") + "```yaml\n".length();
    int close = block.lastIndexOf("```");
    return block.substring(open, close);
  }

  @Test
  void theAnnotatedExampleIsTheTestPackVerbatim() throws Exception {
    String resource;
    try (InputStream in = getClass().getResourceAsStream("testpacks/example-chain.yaml")) {
      resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(exampleInDoc()).isEqualTo(resource);
  }

  @Test
  void theAnnotatedExampleLoadsAndItsExamplesReproduce() throws Exception {
    RulePack pack = RulePackReader.standard().read("PACK_FORMAT.md#example", exampleInDoc());
    assertThat(pack.rules()).hasSize(2);
    assertThat(RulePacks.of(pack).exampleMismatches()).isEmpty();
  }

  @Test
  void theDocNamesEveryFieldAndEveryReason() throws Exception {
    String doc = doc();
    List<String> names = new ArrayList<>();
    names.addAll(PackFormat.PACK_FIELDS);
    names.addAll(PackFormat.SOURCE_FIELDS);
    names.addAll(PackFormat.RETRY_LIMIT_FIELDS);
    names.addAll(PackFormat.RULE_FIELDS);
    names.addAll(PackFormat.WHEN_FIELDS);
    PackFormat.WHEN_TERMINAL_FIELDS.forEach(f -> names.add("terminal." + f));
    PackFormat.WHEN_MERCHANT_FIELDS.forEach(f -> names.add("merchant." + f));
    PackFormat.WHEN_TIME_FIELDS.forEach(f -> names.add("time." + f));
    names.addAll(PackFormat.THEN_FIELDS);
    names.addAll(PackFormat.RETRY_FIELDS);
    names.addAll(PackFormat.EXAMPLE_FIELDS);
    for (String field : OutcomeJson.fieldNames()) {
      names.add(field.substring(field.indexOf('.') + 1));
    }
    for (RulePackException.Reason reason : RulePackException.Reason.values()) {
      names.add(reason.name());
    }
    for (String name : names) {
      assertThat(doc).as("PACK_FORMAT.md names %s", name).contains("`" + name + "`");
    }
  }
}
