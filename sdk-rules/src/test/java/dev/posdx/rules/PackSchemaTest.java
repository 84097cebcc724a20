package dev.posdx.rules;

import dev.posdx.rules.internal.PackFormat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.contract.OutcomeJson;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pack.schema.json agrees with the loader: the same field names at every level, the core's enum
 * names, and the same verdict on the valid test packs and on the corpus files whose mistake a
 * schema can express. Checked with a small validator for the keywords the schema uses.
 */
class PackSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonNode schema() throws Exception {
    try (InputStream in = RulePackReader.class.getResourceAsStream("pack.schema.json")) {
      return JSON.readTree(in);
    }
  }

  private static JsonNode def(JsonNode schema, String name) {
    return schema.get("$defs").get(name);
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theSchemaIsDraft2020AndClosedEverywhere() throws Exception {
    JsonNode schema = schema();
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    List<String> open = new ArrayList<>();
    walk(schema, "", (path, node) -> {
      if (node.has("properties") && !(node.has("additionalProperties") && node.get("additionalProperties").isBoolean()
          && !node.get("additionalProperties").booleanValue())) {
        open.add(path);
      }
    });
    assertThat(open).as("objects without additionalProperties: false").isEmpty();
  }

  @Test
  void theSchemaHasTheLoadersFieldsAtEveryLevel() throws Exception {
    JsonNode s = schema();
    JsonNode when = def(s, "when");
    assertThat(names(s)).containsExactlyInAnyOrderElementsOf(PackFormat.PACK_FIELDS);
    assertThat(names(def(s, "source"))).containsExactlyInAnyOrderElementsOf(PackFormat.SOURCE_FIELDS);
    assertThat(names(def(s, "retryLimit"))).containsExactlyInAnyOrderElementsOf(PackFormat.RETRY_LIMIT_FIELDS);
    assertThat(names(def(s, "rule"))).containsExactlyInAnyOrderElementsOf(PackFormat.RULE_FIELDS);
    assertThat(names(when)).containsExactlyInAnyOrderElementsOf(PackFormat.WHEN_FIELDS);
    assertThat(names(when.get("properties").get("terminal"))).containsExactlyInAnyOrderElementsOf(PackFormat.WHEN_TERMINAL_FIELDS);
    assertThat(names(when.get("properties").get("merchant"))).containsExactlyInAnyOrderElementsOf(PackFormat.WHEN_MERCHANT_FIELDS);
    assertThat(names(when.get("properties").get("time"))).containsExactlyInAnyOrderElementsOf(PackFormat.WHEN_TIME_FIELDS);
    assertThat(names(def(s, "then"))).containsExactlyInAnyOrderElementsOf(PackFormat.THEN_FIELDS);
    assertThat(names(def(s, "then").get("properties").get("retry"))).containsExactlyInAnyOrderElementsOf(PackFormat.RETRY_FIELDS);
    assertThat(names(def(s, "example"))).containsExactlyInAnyOrderElementsOf(PackFormat.EXAMPLE_FIELDS);

    JsonNode outcome = def(s, "outcome");
    Set<String> contract = new HashSet<>(names(outcome));
    names(outcome.get("properties").get("terminal")).forEach(n -> contract.add("terminal." + n));
    names(outcome.get("properties").get("merchant")).forEach(n -> contract.add("merchant." + n));
    assertThat(contract).containsExactlyInAnyOrderElementsOf(OutcomeJson.fieldNames());
  }

  @Test
  void theSchemasEnumsAreTheCoresNames() throws Exception {
    JsonNode s = schema();
    Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
        Map.entry("scope", Scope.class), Map.entry("network", Network.class),
        Map.entry("transactionType", TransactionType.class), Map.entry("entryMode", EntryMode.class),
        Map.entry("reader", ReaderStatus.class), Map.entry("link", LinkStatus.class), Map.entry("host", HostReply.class),
        Map.entry("keys", KeyStatus.class), Map.entry("kernelOutcome", KernelOutcome.class),
        Map.entry("printer", PrinterStatus.class), Map.entry("category", Category.class),
        Map.entry("confidence", Confidence.class), Map.entry("decision", RetryDecision.class),
        Map.entry("change", RetryChange.class), Map.entry("audience", Audience.class), Map.entry("dayOfWeek", DayOfWeek.class));
    enums.forEach((name, type) -> {
      List<String> inSchema = new ArrayList<>();
      def(s, name).get("enum").forEach(v -> inSchema.add(v.asText()));
      assertThat(inSchema).as(name).containsExactly(Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/posdx/rules/testpacks/example-chain.yaml", "/dev/posdx/rules/testpacks/example-store.json"})
  void theValidTestPacksValidate(String resource) throws Exception {
    JsonNode pack;
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      pack = resource.endsWith(".json") ? JSON.readTree(in) : YAML.readTree(in);
    }
    assertThat(validate(schema(), pack)).isEmpty();
  }

  @Test
  void thePackWithEveryMatcherValidates() throws Exception {
    assertThat(validate(schema(), YAML.readTree(RulePackReaderTest.EVERY_MATCHER))).isEmpty();
    assertThat(validate(schema(), YAML.readTree(RulePackReaderTest.MINIMAL))).isEmpty();
  }

  /** Corpus files whose one mistake a JSON Schema can express: the schema refuses them too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-field-top.yaml", "unknown-field-then-misspelt.yaml", "unknown-field-when.yaml", "unknown-field-terminal.yaml",
        "unknown-field-given.yaml", "unknown-field.json", "unknown-enum-category.yaml", "unknown-enum-network-in-list.yaml",
        "unknown-enum-audience.yaml", "unknown-enum-given-network.yaml", "unknown-enum-scope.yaml", "bad-value-code-unquoted.yaml",
        "bad-value-code-too-long.yaml", "bad-value-pack-id.yaml", "bad-value-cause-id.yaml", "bad-value-duration.yaml",
        "bad-value-tvr.yaml", "bad-value-time-of-day.yaml", "bad-value-version-number.yaml", "bad-value-retry-limit-window.yaml",
        "bad-value-withheld-from-cashier.yaml", "bad-value-display-tag.yaml", "bad-value-store-id.yaml",
        "bad-value-refused-pin-in-given.yaml", "bad-value-sources-not-a-list.yaml", "missing-schema-version.yaml",
        "missing-sources.yaml", "missing-then-cause.yaml", "missing-when-empty.yaml", "missing-example.yaml",
        "missing-example-empty-list.yaml", "unsupported-schema-version.yaml",
      })
  void theSchemaRefusesWhatItCanExpress(String file) throws Exception {
    JsonNode pack;
    try (InputStream in = getClass().getResourceAsStream("/malformed/" + file)) {
      pack = file.endsWith(".json") ? JSON.readTree(in) : YAML.readTree(in);
    }
    assertThat(validate(schema(), pack)).as(file).isNotEmpty();
  }

  // ---------------------------------------------------------------- a small validator

  private interface Visitor {
    void visit(String path, JsonNode node);
  }

  private static void walk(JsonNode node, String path, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(path, node);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path + "/" + e.getKey(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, visitor);
      }
    }
  }

  static List<String> validate(JsonNode root, JsonNode instance) {
    List<String> errors = new ArrayList<>();
    check(root, root, instance, "", errors);
    return errors;
  }

  private static void check(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> errors) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      check(root, root.at(ref.substring(1)), value, at, errors);
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(at + ": not " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode option : schema.get("enum")) {
        found |= option.equals(value);
      }
      if (!found) {
        errors.add(at + ": not one of " + schema.get("enum"));
      }
    }
    if (schema.has("type")) {
      List<String> types = new ArrayList<>();
      if (schema.get("type").isArray()) {
        schema.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(schema.get("type").asText());
      }
      if (types.stream().noneMatch(t -> hasType(value, t))) {
        errors.add(at + ": not " + types);
        return;
      }
    }
    if (schema.has("oneOf")) {
      int valid = 0;
      for (JsonNode option : schema.get("oneOf")) {
        valid += validateAt(root, option, value, at).isEmpty() ? 1 : 0;
      }
      if (valid != 1) {
        errors.add(at + ": matches " + valid + " of oneOf");
      }
    }
    if (value.isTextual()) {
      String s = value.textValue();
      if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
        errors.add(at + ": does not match " + schema.get("pattern").asText());
      }
      if (schema.has("minLength") && s.codePointCount(0, s.length()) < schema.get("minLength").asInt()) {
        errors.add(at + ": too short");
      }
      if (schema.has("maxLength") && s.codePointCount(0, s.length()) > schema.get("maxLength").asInt()) {
        errors.add(at + ": too long");
      }
    }
    if (value.isNumber() && schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      errors.add(at + ": below " + schema.get("minimum"));
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        errors.add(at + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        errors.add(at + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(root, schema.get("items"), value.get(i), at + "/" + i, errors);
        }
      }
    }
    if (value.isObject()) {
      if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
        errors.add(at + ": fewer than " + schema.get("minProperties") + " fields");
      }
      if (schema.has("required")) {
        for (JsonNode name : schema.get("required")) {
          if (!value.has(name.asText())) {
            errors.add(at + ": missing " + name.asText());
          }
        }
      }
      JsonNode properties = schema.get("properties");
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (schema.has("propertyNames")) {
          check(root, schema.get("propertyNames"), JSON.getNodeFactory().textNode(name), at + "/" + name + "(name)", errors);
        }
        if (properties != null && properties.has(name)) {
          check(root, properties.get(name), value.get(name), at + "/" + name, errors);
        } else if (schema.has("additionalProperties")) {
          JsonNode additional = schema.get("additionalProperties");
          if (additional.isBoolean() && !additional.booleanValue()) {
            errors.add(at + ": unknown field " + name);
          } else if (additional.isObject()) {
            check(root, additional, value.get(name), at + "/" + name, errors);
          }
        }
      }
    }
  }

  private static List<String> validateAt(JsonNode root, JsonNode schema, JsonNode value, String at) {
    List<String> errors = new ArrayList<>();
    check(root, schema, value, at, errors);
    return errors;
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("type " + type);
    };
  }
}
