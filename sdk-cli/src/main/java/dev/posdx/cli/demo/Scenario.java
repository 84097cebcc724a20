package dev.posdx.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.i18n.LocaleFallback;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One situation of the demo: a title, an outcome in the JSON-lines contract's shape, and the
 * cause the built-in packs must give for it (checked by a test, like a pack's examples).
 *
 * @param title by bundle locale tag ({@code en}, {@code zh-Hans}, {@code zh-Hant}, {@code pt-BR}…;
 *     a regional tag such as {@code zh-Hant-HK} only where its wording differs)
 * @param expect the primary cause
 * @param alsoFinds supplementary findings the situation must show too (peak load and foreign
 *     cards add advice to the code's own cause; they are never the primary)
 */
public record Scenario(String id, Map<String, String> title, ObjectNode given, Cause expect, List<Cause> alsoFinds) {

  public Scenario {
    title = ImmutableMap.copyOf(title);
    alsoFinds = ImmutableList.copyOf(alsoFinds);
    given = given.deepCopy();
  }

  /** The title in the first locale of {@code locale}'s CLDR fallback chain that has one; English last. */
  public String title(Locale locale) {
    for (Locale candidate : LocaleFallback.chain(locale)) {
      String t = title.get(candidate.toLanguageTag());
      if (t != null) {
        return t;
      }
    }
    throw new IllegalStateException("situation " + id + " has no English title");
  }

  @Override
  public ObjectNode given() {
    return given.deepCopy();
  }

  /** The dozen situations, in the order the demo shows them. */
  public static List<Scenario> all() {
    try (InputStream in = Scenario.class.getResourceAsStream("scenarios.json")) {
      if (in == null) {
        throw new IllegalStateException("scenarios.json is missing next to " + Scenario.class.getName());
      }
      JsonNode root = new ObjectMapper().readTree(in);
      ImmutableList.Builder<Scenario> all = ImmutableList.builder();
      for (JsonNode s : root) {
        ImmutableMap.Builder<String, String> title = ImmutableMap.builder();
        for (Map.Entry<String, JsonNode> e : s.get("title").properties()) {
          title.put(e.getKey(), e.getValue().asText());
        }
        ImmutableList.Builder<Cause> also = ImmutableList.builder();
        s.path("alsoFinds").forEach(c -> also.add(Cause.of(c.asText())));
        all.add(new Scenario(s.get("id").asText(), title.build(), (ObjectNode) s.get("given"),
            Cause.of(s.get("expect").asText()), also.build()));
      }
      return all.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
