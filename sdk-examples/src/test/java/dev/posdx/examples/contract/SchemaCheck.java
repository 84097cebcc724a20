package dev.posdx.examples.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the subset of JSON Schema 2020-12 the contract's schema files use
 * (type, enum, pattern, minimum, required, properties, additionalProperties, items, maxItems,
 * oneOf, local $ref), so the documented schema and the real output cannot drift apart.
 */
final class SchemaCheck {

  private final JsonNode root;

  private SchemaCheck(JsonNode root) {
    this.root = root;
  }

  static SchemaCheck load(String fileName) {
    try {
      // Other modules' tests (sdk-cli) run elsewhere: their surefire names this module's folder.
      Path folder = Path.of(System.getProperty("posdx.contract.dir", "contract"));
      return new SchemaCheck(new ObjectMapper().readTree(folder.resolve(fileName).toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode schema() {
    return root;
  }

  /** The problems found; empty when the value conforms. */
  List<String> problems(JsonNode value) {
    List<String> problems = new ArrayList<>();
    check(root, value, "$", problems);
    return problems;
  }

  private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local refs are supported: " + ref);
      }
      check(root.at(ref.substring(1)), value, at, problems);
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      List<String> all = new ArrayList<>();
      for (JsonNode option : schema.get("oneOf")) {
        List<String> p = new ArrayList<>();
        check(option, value, at, p);
        if (p.isEmpty()) {
          matches++;
        }
        all.addAll(p);
      }
      if (matches != 1) {
        problems.add(at + ": matches " + matches + " of the oneOf options " + (matches == 0 ? all : ""));
      }
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      problems.add(at + ": expected " + schema.get("type") + ", got " + value.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern") && value.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
      problems.add(at + ": " + value + " does not match " + schema.get("pattern").asText());
    }
    if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
      problems.add(at + ": " + value + " is below " + schema.get("minimum"));
    }
    if (value.isObject()) {
      for (JsonNode name : schema.path("required")) {
        if (!value.has(name.asText())) {
          problems.add(at + ": missing required " + name.asText());
        }
      }
      JsonNode properties = schema.path("properties");
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (properties.has(name)) {
          check(properties.get(name), value.get(name), at + "." + name, problems);
        } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
          problems.add(at + ": unexpected field " + name);
        }
      }
    }
    if (value.isArray()) {
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        problems.add(at + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
        }
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }
}
