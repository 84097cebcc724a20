package dev.posdx.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.posdx.core.rule.Rule;
import dev.posdx.rules.RulePacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The network packs' YAML, the file contributors edit, against the reference tables in {@code
 * docs/reference/codes/} it is written from: every code of a network's table is mapped by a rule
 * of its pack or deliberately left unmapped (ISO 8583's reserved codes), no rule maps a code the
 * table does not have, each code rule's notes cite the table's meaning, the retry limits say what
 * the table says, and the legacy UnionPay pack holds exactly the codes the table marks legacy.
 */
class NetworkPacksReferenceTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  /** Where the built-in packs' YAML is: moved out of the resources when the build compiles them. */
  private static final List<Path> PACK_DIRS = List.of(Path.of("src/main/packs"));

  private static JsonNode pack(String id) {
    for (Path dir : PACK_DIRS) {
      Path file = dir.resolve(id + ".yaml");
      if (Files.exists(file)) {
        try {
          return YAML.readTree(file.toFile());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("no " + id + ".yaml in " + PACK_DIRS);
  }

  /** Code -> the notes of every rule of the pack that matches it (a list of codes or advice codes under when). */
  private static Map<String, List<String>> notesByCode(JsonNode pack, String field) {
    Map<String, List<String>> byCode = new LinkedHashMap<>();
    for (JsonNode rule : pack.get("rules")) {
      for (JsonNode code : rule.path("when").path(field)) {
        byCode.computeIfAbsent(code.asText(), c -> new ArrayList<>()).add(rule.path("notes").asText(""));
      }
    }
    return byCode;
  }

  private static Map<String, String> meanings(String csv, Predicate<Map<String, String>> rows, String prefix) {
    return ReferenceCsv.load(csv).rows().stream()
        .filter(rows)
        .filter(r -> r.get("code").startsWith(prefix))
        .collect(Collectors.toMap(r -> r.get("code").substring(prefix.length()), r -> r.get("meaning_en"), (a, b) -> a, LinkedHashMap::new));
  }

  private static void mapsExactlyAndCites(String what, Map<String, String> table, Map<String, List<String>> rules) {
    assertThat(new TreeSet<>(rules.keySet())).as("%s: codes the rules map", what).isEqualTo(new TreeSet<>(table.keySet()));
    rules.forEach((code, notes) -> assertThat(notes)
        .as("%s %s: a rule whose notes cite the table's meaning %s", what, code, table.get(code))
        .anyMatch(n -> n.contains(table.get(code))));
  }

  @Test
  void iso8583MapsEveryAssignedCodeAndLeavesTheReservedOnesUnmapped() {
    Map<String, String> all = meanings("iso8583_field39.csv", r -> true, "");
    Map<String, String> assigned = new LinkedHashMap<>(all);
    assigned.values().removeIf(m -> m.startsWith("Reserved"));
    Map<String, List<String>> rules = notesByCode(pack("iso8583"), "responseCode");
    mapsExactlyAndCites("iso8583_field39.csv", assigned, rules);
    assertThat(all.size() - assigned.size()).as("reserved codes").isEqualTo(29);
  }

  @Test
  void unionPayMapsEveryCodeOfTheTable() {
    mapsExactlyAndCites("unionpay_codes.csv", meanings("unionpay_codes.csv", r -> true, ""), notesByCode(pack("unionpay"), "responseCode"));
  }

  @Test
  void theLegacyUnionPayPackHoldsExactlyTheCodesTheTableMarksLegacyThat2015Redefined() {
    // A code only legacy sources give (A9, R1-R6) has no 2015 meaning to override: unionpay maps it.
    Set<String> marked = ReferenceCsv.load("unionpay_codes.csv").rows().stream()
        .filter(r -> r.get("meaning_en").toLowerCase(java.util.Locale.ROOT).contains("legacy") || r.get("meaning_zh").contains("旧版"))
        .filter(r -> List.of(r.get("sources").split(";")).contains("QCUP"))
        .map(r -> r.get("code"))
        .collect(Collectors.toCollection(TreeSet::new));
    Map<String, List<String>> rules = notesByCode(pack("unionpay-legacy"), "responseCode");
    assertThat(new TreeSet<>(rules.keySet())).isEqualTo(marked);
    Map<String, String> meanings = meanings("unionpay_codes.csv", r -> true, "");
    // Each cites the 2015 meaning it stands beside.
    rules.forEach((code, notes) -> assertThat(notes).allMatch(n -> n.contains(meanings.get(code)), "cites " + meanings.get(code)));
  }

  @Test
  void visaMapsEveryCodeOfTheTableAndItsReattemptLimit() {
    mapsExactlyAndCites("visa_mastercard.csv (Visa)", meanings("visa_mastercard.csv", r -> r.get("scheme").equals("Visa"), ""),
        notesByCode(pack("visa"), "responseCode"));
    // "Up to N reattempts in D days": the first try and N more; the table keeps each source's N.
    assertRetryLimit(pack("visa"), "VISA", readings("CAT2-4-LIMIT", "(\\d+) reattempts in (\\d+) days", 1));
  }

  @Test
  void mastercardMapsEveryCodeAndAdviceCodeOfTheTableAndItsAttemptLimit() {
    Predicate<Map<String, String>> mastercard = r -> r.get("scheme").equals("Mastercard");
    JsonNode pack = pack("mastercard");
    mapsExactlyAndCites("visa_mastercard.csv (Mastercard MAC)", meanings("visa_mastercard.csv", mastercard, "MAC "), notesByCode(pack, "merchantAdviceCode"));
    Map<String, String> codes = meanings("visa_mastercard.csv", mastercard.and(r -> !r.get("code").startsWith("MAC ")), "");
    Map<String, List<String>> rules = notesByCode(pack, "responseCode");
    assertThat(rules.keySet()).as("response codes the Mastercard rules map").containsAll(codes.keySet());
    // A Mastercard rule may also narrow an ISO code by its advice code (51 with MAC 24-30): such a code is ISO's.
    Map<String, String> iso = meanings("iso8583_field39.csv", r -> true, "");
    assertThat(rules.keySet()).allMatch(c -> codes.containsKey(c) || iso.containsKey(c), "a code of the Mastercard or ISO 8583 table");
    assertRetryLimit(pack, "MASTERCARD", readings("EXCESSIVE-ATTEMPTS", "max (\\d+) failed attempts per card\\+merchant in (\\d+) days", 0));
  }

  @Test
  void theNetworkVocabularyNamesEveryCauseTheNetworkPacksConcludeWithItsCategoryAndNoOther() throws IOException {
    Map<String, String> vocabulary = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "vocabulary", "packs-network.tsv"))) {
      String[] f = line.split("\t");
      if (f[0].equals("cause")) {
        vocabulary.put(f[1], f[2]);
      }
    }
    RulePacks packs = RulePacks.installed().with(RulePacks.of(new UnionPayLegacyPack().packs()));
    Map<String, String> concluded = new LinkedHashMap<>();
    for (String id : List.of("iso8583", "unionpay", "unionpay-legacy", "visa", "mastercard")) {
      for (Rule rule : packs.pack(id).orElseThrow().rules()) {
        concluded.put(rule.then().cause().id(), rule.then().category().name());
      }
    }
    // issuer.declined is the core's own cause, in the core vocabulary.
    concluded.remove("issuer.declined");
    assertThat(concluded).isEqualTo(vocabulary);
  }

  /** Each "N tries in D days" the table's row gives, as the attempts (N plus {@code first}) and the window. */
  private static List<String> readings(String code, String pattern, int first) {
    String advice = ReferenceCsv.load("visa_mastercard.csv").rows().stream()
        .filter(r -> r.get("code").equals(code)).findFirst().orElseThrow().get("retry_category_or_advice");
    List<String> readings = new ArrayList<>();
    Matcher m = Pattern.compile(pattern).matcher(advice);
    while (m.find()) {
      readings.add((Integer.parseInt(m.group(1)) + first) + " in P" + m.group(2) + "D");
    }
    assertThat(readings).as("the table's %s row: %s; review the pack's retryLimits if it changed", code, advice).isNotEmpty();
    return readings;
  }

  private static void assertRetryLimit(JsonNode pack, String network, List<String> readings) {
    List<String> limits = new ArrayList<>();
    for (JsonNode l : pack.path("retryLimits")) {
      if (l.path("network").asText().equals(network)) {
        int max = l.has("maxAttempts") ? l.get("maxAttempts").asInt() : l.get("maxReattempts").asInt() + 1;
        limits.add(max + " in " + l.path("window").asText());
      }
    }
    assertThat(limits).as("%s retryLimits: one reading of the table", network).hasSize(1).allMatch(readings::contains);
  }
}
