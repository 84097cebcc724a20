package dev.posdx.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.internal.BuiltInCatalog;
import dev.posdx.rules.internal.OptionalJackson;
import dev.posdx.rules.internal.PackDocument;
import dev.posdx.rules.internal.Redaction;
import dev.posdx.rules.RulePackException.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cause catalog in the format of posdx-rules' own ({@code sdk-rules/src/main/catalog/causes.yaml})
 * into a core {@link CauseCatalog}. Every problem is reported with its resource, line and cause.
 * The build compiles the built-in catalog; {@link #builtIn()} reads that, once. Thread-safe.
 *
 * @since 0.1
 */
public final class CauseCatalogReader {

  /** The built-in catalog's source, as messages name it; the build compiles it (see {@link #builtIn()}). */
  static final String BUILT_IN = "sdk-rules/src/main/catalog/causes.yaml";

  static final List<String> ENTRY_FIELDS =
      List.of("cause", "category", "contactIssuer", "withheldFrom", "retry", "explains", "adviceOnly", "why");

  private CauseCatalogReader() {}

  /** {@return the catalog shipped with posdx-rules: every cause the built-in packs name (read from its compiled form)} */
  public static CauseCatalog builtIn() {
    return BuiltInCatalog.get();
  }

  /**
   * Reads a catalog from its bytes (YAML or JSON).
   *
   * @param name the file or resource name, used to pick the format and in every error
   * @param content the whole document
   * @return the catalog
   * @throws RulePackException with every problem found, each with resource, line and pointer
   */
  public static CauseCatalog read(String name, byte[] content) {
    OptionalJackson.requireDatabindAndYaml("the cause-catalog reader (CauseCatalogReader)");
    PackDocument document =
        PackDocument.parse(name, content, RulePackReader.DEFAULT_MAX_BYTES, RulePackReader.DEFAULT_MAX_DEPTH);
    List<Problem> problems = new ArrayList<>();
    JsonNode root = document.root();
    JsonNode causes = root.path("causes");
    if (!root.path("schemaVersion").isInt() || root.path("schemaVersion").asInt() != 1) {
      problems.add(new Problem(Reason.UNSUPPORTED_SCHEMA_VERSION, document.locate("/schemaVersion"), "a cause catalog needs schemaVersion: 1"));
    }
    if (!causes.isArray()) {
      problems.add(new Problem(Reason.MISSING_FIELD, document.locate("/causes"), "a cause catalog needs a list 'causes'"));
      throw new RulePackException(problems);
    }
    List<CauseDefinition> definitions = new ArrayList<>();
    for (int i = 0; i < causes.size(); i++) {
      CauseDefinition d = entry(document, causes.get(i), "/causes/" + i, problems);
      if (d != null) {
        definitions.add(d);
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
    try {
      return CauseCatalog.of(definitions, name);
    } catch (IllegalArgumentException e) {
      throw new RulePackException(Reason.BAD_VALUE, document.locate("/causes"), String.valueOf(e.getMessage()));
    }
  }

  private static @Nullable CauseDefinition entry(PackDocument doc, JsonNode node, String at, List<Problem> problems) {
    int before = problems.size();
    if (!node.isObject()) {
      problems.add(new Problem(Reason.MALFORMED, doc.locate(at), "each cause is an object with cause, category and retry"));
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      String field = it.next().getKey();
      if (!ENTRY_FIELDS.contains(field)) {
        problems.add(new Problem(Reason.UNKNOWN_FIELD, doc.locate(at + "/" + field), "unknown field '" + field + "'; a cause has " + ENTRY_FIELDS));
      }
    }
    Cause cause = value(doc, node, at, "cause", Cause::of, problems);
    Category category = value(doc, node, at, "category", v -> Category.valueOf(v), problems);
    RetryDecision retry = value(doc, node, at, "retry", v -> RetryDecision.valueOf(v), problems);
    boolean contact = flag(doc, node, at, "contactIssuer", problems);
    boolean adviceOnly = flag(doc, node, at, "adviceOnly", problems);
    Set<Audience> withheld = EnumSet.noneOf(Audience.class);
    for (JsonNode a : node.path("withheldFrom")) {
      Audience audience = parse(doc, at + "/withheldFrom", a.asText(), v -> Audience.valueOf(v), problems);
      if (audience != null) {
        withheld.add(audience);
      }
    }
    Set<Cause> explains = new LinkedHashSet<>();
    JsonNode list = node.path("explains");
    for (int i = 0; i < list.size(); i++) {
      Cause c = parse(doc, at + "/explains/" + i, list.get(i).asText(), Cause::of, problems);
      if (c != null) {
        explains.add(c);
      }
    }
    if (problems.size() > before || cause == null || category == null || retry == null) {
      return null;
    }
    try {
      return new CauseDefinition(cause, category, contact, withheld, retry, explains, adviceOnly);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(Reason.BAD_VALUE, doc.locate(at), String.valueOf(e.getMessage())));
      return null;
    }
  }

  private static <T> @Nullable T value(PackDocument doc, JsonNode node, String at, String field, Function<String, T> parser, List<Problem> problems) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      problems.add(new Problem(Reason.MISSING_FIELD, doc.locate(at), "a cause needs '" + field + "'"));
      return null;
    }
    return parse(doc, at + "/" + field, v.asText(), parser, problems);
  }

  private static <T> @Nullable T parse(PackDocument doc, String at, String text, Function<String, T> parser, List<Problem> problems) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(Reason.BAD_VALUE, doc.locate(at), "bad value " + Redaction.quoteData(text) + ": " + e.getMessage()));
      return null;
    }
  }

  private static boolean flag(PackDocument doc, JsonNode node, String at, String field, List<Problem> problems) {
    JsonNode v = node.get(field);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      problems.add(new Problem(Reason.BAD_VALUE, doc.locate(at + "/" + field), "'" + field + "' is true or false"));
      return false;
    }
    return v.asBoolean();
  }
}
