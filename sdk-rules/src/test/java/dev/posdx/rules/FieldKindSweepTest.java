package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.contract.ContractException;
import dev.posdx.rules.contract.OutcomeJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every field of a valid pack, and of a full outcome, turned in turn into each kind of JSON value
 * it is not: when the reader refuses the result, a problem names that field (or a value inside it)
 * at the line where it is written, and the outcome contract names it by its dotted path.
 */
class FieldKindSweepTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String FULL_OUTCOME =
      "{\"network\":\"UNIONPAY\",\"responseCode\":\"51\",\"merchantAdviceCode\":\"01\",\"transactionType\":\"SALE\","
          + "\"entryMode\":\"CHIP\",\"pan\":\"6222021234567894\",\"cardExpiry\":\"2612\",\"issuerCountry\":\"CN\","
          + "\"cardLanguages\":[\"zh\",\"en\"],\"amount\":\"12.50\",\"currency\":\"CNY\",\"cardCurrency\":\"CNY\","
          + "\"terminal\":{\"reader\":\"OK\",\"link\":\"ONLINE\",\"host\":\"RESPONDED\",\"latencyMs\":21000,\"clockSkewSeconds\":3,"
          + "\"keys\":\"OK\",\"kernelOutcome\":\"DECLINED\",\"tvr\":\"0000008000\",\"inputTimedOut\":false,\"printer\":\"OK\"},"
          + "\"merchant\":{\"country\":\"CN\",\"acquirer\":\"acq\",\"chainId\":\"c-1\",\"storeId\":\"s-1\",\"originalStoreId\":\"s-2\","
          + "\"merchantId\":\"m-1\",\"terminalId\":\"t-1\"},\"time\":\"2026-02-15T12:30:00+08:00\",\"attempt\":1,\"cardAttemptsInWindow\":1}";

  /** A value of each JSON kind but {@code kind}'s own. */
  private static List<JsonNode> wrongKinds(JsonNode value) {
    List<JsonNode> all = List.of(NODES.textNode("x"), NODES.numberNode(7), NODES.booleanNode(true), NODES.arrayNode().add(7), NODES.objectNode().put("x", 1));
    return all.stream().filter(v -> v.getNodeType() != value.getNodeType()).toList();
  }

  @TestFactory
  Stream<DynamicTest> aFieldOfTheWrongKindInAPackIsNamedAtItsLine() {
    return Stream.of("/dev/posdx/rules/testpacks/example-chain.yaml", "src/main/packs/cross-border.yaml")
        .flatMap(resource -> {
          JsonNode pack = yaml(resource);
          assertThat(RulePackReader.standard().read("valid.json", pretty(pack)).rules()).isNotEmpty();
          return leaves(pack).stream().map(pointer -> DynamicTest.dynamicTest(resource + " " + pointer, () -> {
            for (JsonNode wrong : wrongKinds(pack.at(pointer))) {
              String text = pretty(replaced(pack, pointer, wrong));
              Throwable thrown = catchThrowable(() -> RulePackReader.standard().read("mutated.json", text));
              if (thrown == null) {
                continue; // this field takes that kind too (an edition may be a number)
              }
              assertThat(thrown).isInstanceOf(RulePackException.class);
              Map<String, Integer> lines = lines(text);
              List<Problem> here = ((RulePackException) thrown).problems().stream()
                  .filter(p -> p.location().pointer().equals(pointer) || p.location().pointer().startsWith(pointer + "/"))
                  .toList();
              assertThat(here).as("%s as %s: %s", pointer, wrong, thrown.getMessage()).isNotEmpty();
              for (Problem p : here) {
                assertThat(p.location().line()).as("line of %s", p).isEqualTo(lines.get(p.location().pointer()));
                assertThat(p.message()).isNotBlank();
              }
            }
          }));
        });
  }

  @TestFactory
  Stream<DynamicTest> aFieldOfTheWrongKindInAnOutcomeIsNamedByItsPath() throws IOException {
    JsonNode outcome = JSON.readTree(FULL_OUTCOME);
    assertThat(OutcomeJson.strict().read(FULL_OUTCOME).network()).isNotNull();
    return leaves(outcome).stream().map(pointer -> DynamicTest.dynamicTest(pointer, () -> {
      String dotted = pointer.substring(1).replace('/', '.');
      for (JsonNode wrong : wrongKinds(outcome.at(pointer))) {
        String text = JSON.writeValueAsString(replaced(outcome, pointer, wrong));
        for (OutcomeJson reader : List.of(OutcomeJson.strict(), OutcomeJson.lenient())) {
          Throwable thrown = catchThrowable(() -> reader.read(text));
          if (thrown == null) {
            continue; // an amount may be a number or a string
          }
          assertThat(thrown).isInstanceOf(ContractException.class);
          ContractException e = (ContractException) thrown;
          assertThat(e.field()).as("%s as %s: %s", pointer, wrong, e.getMessage()).startsWith(dotted.replaceAll("\\.\\d+$", ""));
          assertThat(e.getMessage()).startsWith(e.field() + ": ");
        }
      }
    }));
  }

  /** The pointer of every value that is not an object, and of every object but the root. */
  private static List<String> leaves(JsonNode root) {
    List<String> out = new ArrayList<>();
    collect(root, "", out);
    out.remove("");
    return out;
  }

  private static void collect(JsonNode node, String pointer, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
    JsonNode copy = root.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
    return copy;
  }

  /** The line of each pointer in the text: its key for an object member, else its value. */
  private static Map<String, Integer> lines(String text) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
          lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A test pack is a class-path resource; a built-in pack's source is a file of this module (the jar carries its compiled form).
  private static JsonNode yaml(String resource) {
    try (InputStream in = resource.startsWith("/")
        ? FieldKindSweepTest.class.getResourceAsStream(resource)
        : java.nio.file.Files.newInputStream(java.nio.file.Path.of(resource))) {
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
