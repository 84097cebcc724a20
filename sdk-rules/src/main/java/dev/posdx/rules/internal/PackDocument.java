package dev.posdx.rules.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackException.Location;
import dev.posdx.rules.RulePackException.Reason;
import dev.posdx.rules.internal.Redaction;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One pack file parsed into a Jackson tree, with the line and column of every field and element
 * by JSON pointer, so that problems found later can say where they are. Built from the token
 * stream rather than by {@code readTree}: that is where locations and YAML aliases can be seen.
 */
public final class PackDocument {

  enum Format {
    JSON,
    YAML;

    /** By extension, else by the first character that is not white space or a BOM. */
    static Format detect(String name, byte[] content) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return JSON;
      }
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return YAML;
      }
      int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
      while (i < content.length && Character.isWhitespace(content[i])) {
        i++;
      }
      return i < content.length && (content[i] == '{' || content[i] == '[') ? JSON : YAML;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static {
    // The pack compiler names the line of a failing example through this.
    PackLocations.lend((resource, content, pointer) -> parse(resource, content, dev.posdx.rules.RulePackReader.DEFAULT_MAX_BYTES, dev.posdx.rules.RulePackReader.DEFAULT_MAX_DEPTH).locate(pointer));
  }

  private final String resource;
  private final JsonNode root;
  private final Map<String, int[]> keyLocations;
  private final Map<String, int[]> valueLocations;

  private PackDocument(String resource, JsonNode root, Map<String, int[]> keys, Map<String, int[]> values) {
    this.resource = resource;
    this.root = root;
    this.keyLocations = keys;
    this.valueLocations = values;
  }

  public String resource() {
    return resource;
  }

  public JsonNode root() {
    return root;
  }

  /**
   * Where the field at {@code pointer} is written: its key for an object member, else its value;
   * for a field that is absent, the nearest enclosing one that is present.
   */
  public Location locate(String pointer) {
    String p = pointer;
    while (true) {
      int[] at = keyLocations.get(p);
      if (at == null) {
        at = valueLocations.get(p);
      }
      if (at != null) {
        return new Location(resource, at[0], at[1], pointer);
      }
      if (p.isEmpty()) {
        return Location.of(resource, pointer);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Parses one JSON or YAML document.
   *
   * @throws RulePackException MALFORMED for bad syntax or a YAML alias, LIMIT_EXCEEDED for too
   *     deep nesting or too long a document
   */
  public static PackDocument parse(String resource, byte[] content, int maxBytes, int maxDepth) {
    Format format = Format.detect(resource, content);
    Map<String, int[]> keys = new HashMap<>();
    Map<String, int[]> values = new HashMap<>();
    JsonFactory factory = factory(format, maxBytes, maxDepth);
    JsonParser parser;
    try {
      parser = factory.createParser(content);
    } catch (IOException e) {
      throw new RulePackException(Reason.MALFORMED, Location.of(resource, ""), "not valid " + format + ": " + e.getClass().getSimpleName());
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new RulePackException(Reason.MALFORMED, Location.of(resource, ""), "the document is empty");
      }
      JsonNode root = new TreeBuilder(resource, parser, keys, values).value(first);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new RulePackException(
            Reason.MALFORMED,
            new Location(resource, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), ""),
            "a pack is one document; something follows its end");
      }
      return new PackDocument(resource, root, keys, values);
    } catch (StreamConstraintsException e) {
      throw new RulePackException(Reason.LIMIT_EXCEEDED, where(resource, e, parser), Redaction.scrubCardNumbers(e.getOriginalMessage()));
    } catch (JacksonException e) {
      throw new RulePackException(Reason.MALFORMED, where(resource, e, parser), "not valid " + format + ": " + problem(e));
    } catch (IOException e) {
      throw new RulePackException(Reason.MALFORMED, where(resource, null, parser), "not valid " + format + ": " + e.getClass().getSimpleName());
    } catch (RulePackException e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML and number conversion may throw unchecked exceptions for odd input.
      throw new RulePackException(Reason.MALFORMED, where(resource, null, parser), "not valid " + format + ": " + e.getClass().getSimpleName());
    }
  }

  /** The parser's own words, without its echo of the source, in one line. */
  private static String problem(JacksonException e) {
    MarkedYAMLException yaml = yamlCause(e);
    String message = yaml != null && yaml.getProblem() != null ? yaml.getProblem() : String.valueOf(e.getOriginalMessage());
    message = message.replaceAll("\\[Source: [^;\\]]*(; )?", "[").strip();
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return Redaction.scrubCardNumbers(line.length() > 200 ? line.substring(0, 200) + "..." : line);
  }

  private static @Nullable MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  /** SnakeYAML's mark of the problem, else the exception's location, else where the parser stopped. */
  private static Location where(String resource, @Nullable JacksonException e, JsonParser parser) {
    String pointer;
    try {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      pointer = "";
    }
    MarkedYAMLException yaml = e == null ? null : yamlCause(e);
    if (yaml != null && yaml.getProblemMark() != null) {
      return new Location(resource, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1, pointer);
    }
    JsonLocation at = e == null ? null : e.getLocation();
    if (at == null || at.getLineNr() <= 0) {
      at = parser.currentLocation();
    }
    if (at == null || at.getLineNr() <= 0) {
      return Location.of(resource, pointer);
    }
    return new Location(resource, at.getLineNr(), Math.max(0, at.getColumnNr()), pointer);
  }

  private static JsonFactory factory(Format format, int maxBytes, int maxDepth) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth)
            .maxDocumentLength(maxBytes)
            .maxStringLength(maxBytes)
            .maxNumberLength(100)
            .maxNameLength(1000)
            .build();
    if (format == Format.JSON) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();
    }
    LoaderOptions yaml = new LoaderOptions();
    // Defence in depth: aliases are refused below, and SnakeYAML bounds what it reads itself.
    yaml.setMaxAliasesForCollections(1);
    yaml.setNestingDepthLimit(maxDepth);
    yaml.setCodePointLimit(maxBytes);
    yaml.setAllowDuplicateKeys(false);
    yaml.setAllowRecursiveKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(yaml)
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** Reads tokens into a tree, noting each pointer's location. Depth is bounded by the parser. */
  private static final class TreeBuilder {
    private final String resource;
    private final JsonParser parser;
    private final Map<String, int[]> keys;
    private final Map<String, int[]> values;

    TreeBuilder(String resource, JsonParser parser, Map<String, int[]> keys, Map<String, int[]> values) {
      this.resource = resource;
      this.parser = parser;
      this.keys = keys;
      this.values = values;
    }

    JsonNode value(JsonToken token) throws IOException {
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      int[] at = here();
      values.putIfAbsent(pointer, at);
      if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        // Jackson reads "*name" as the text "name": refuse rather than give a wrong value.
        throw new RulePackException(
            Reason.MALFORMED,
            new Location(resource, at[0], at[1], pointer),
            "YAML aliases (*name) are not supported in packs: write the value out");
      }
      switch (token) {
        case START_OBJECT: {
          ObjectNode object = NODES.objectNode();
          JsonToken t;
          while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String key = parser.getParsingContext().pathAsPointer().toString();
            keys.putIfAbsent(key, here());
            refuseControls(name, here(), key, "field name");
            object.set(name, value(parser.nextToken()));
          }
          return object;
        }
        case START_ARRAY: {
          ArrayNode array = NODES.arrayNode();
          JsonToken t;
          while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            array.add(value(t));
          }
          return array;
        }
        case VALUE_STRING:
          return NODES.textNode(refuseControls(parser.getText(), at, pointer, "value"));
        case VALUE_NUMBER_INT:
          return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
          };
        case VALUE_NUMBER_FLOAT:
          // Kept exactly as written: 12.50 stays 12.50.
          return DecimalNode.valueOf(parser.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new RulePackException(
              Reason.MALFORMED, new Location(resource, at[0], at[1], pointer), "unsupported value (" + token + ")");
      }
    }

    /**
     * Pack strings reach terminals and reports ({@code posdx packs}, explain, HTML): a NUL, an ESC
     * sequence or a bidi override there could hide or rewrite what is shown. Tab and line breaks
     * are text.
     */
    private String refuseControls(String text, int[] at, String pointer, String what) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (isControl(c)) {
          throw new RulePackException(
              Reason.BAD_VALUE,
              new Location(resource, at[0], at[1], pointer),
              "the " + what + " holds the control character U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c)
                  + " at character " + (i + 1) + "; pack strings must be printable text");
        }
      }
      return text;
    }

    private static boolean isControl(char c) {
      return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069);
    }

    private int[] here() {
      JsonLocation at = parser.currentTokenLocation();
      return new int[] {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())};
    }
  }
}
