package dev.posdx.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One meaning, one decision: every code that the ISO 8583 and UnionPay reference tables give the
 * same meaning is advised alike on both networks, unless a UnionPay source says otherwise and the
 * exception below names that source (issue 8, item 6).
 */
class UnionPayIsoAgreementTest {

  private static final Diagnoser STANDARD = Diagnoser.builder().addInstalledPacks().build();
  private static final String LEGEND =
      "acquirers' A-E legend (51dongshi.net POS错误代码, 2025-10-01; sxfpos.com/408734)";

  /** Where UnionPay's own source decides differently from posdx's reading of ISO 8583 (which gives no retry advice). */
  static final Map<String, String> CITED_EXCEPTIONS = Map.of(
      "01", "class C, failed, no need to retry (" + LEGEND + "); Q/CUP 006.6-2015 display 请持卡人与发卡银行联系",
      "02", "class C, failed, no need to retry (" + LEGEND + "; BOCOM, RCQ, GNETE maps)",
      "06", "class E, failed, system fault, no need to retry (" + LEGEND + ")",
      "14", "class B, failed, may be retried: re-key a mistyped number (Q/CUP 006.6-2015 Annex A.2.1: Luhn failure)",
      "30", "Q/CUP 006.6-2015 display 请重试 (retry)",
      "68", "class C, failed, no need to retry (" + LEGEND + "), as 98 (class E) for the same issuer time-out",
      "95", "BOCOM and GNETE display 交易失败，请稍后重试 (retry later)");

  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

  @Test
  void theSameMeaningGetsTheSameDecisionOnUnionPayAndIso() {
    Map<String, Map<String, String>> iso = byCode("iso8583_field39.csv");
    Map<String, Map<String, String>> unionPay = byCode("unionpay_codes.csv");
    List<String> compared = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (String code : iso.keySet()) {
      String isoMeaning = iso.get(code).get("meaning_en");
      if (!unionPay.containsKey(code) || isoMeaning.startsWith("Reserved")
          || !sameMeaning(isoMeaning, unionPay.get(code).get("meaning_en"))) {
        continue;
      }
      compared.add(code);
      RetryDecision onIso = decision(Network.ISO8583, code);
      RetryDecision onUnionPay = decision(Network.UNIONPAY, code);
      boolean excepted = CITED_EXCEPTIONS.containsKey(code);
      if (onIso != onUnionPay && !excepted) {
        disagreements.add(code + " '" + isoMeaning + "': ISO " + onIso + ", UnionPay " + onUnionPay);
      }
      if (onIso == onUnionPay && excepted) {
        disagreements.add(code + ": recorded as an exception, yet both networks say " + onIso);
      }
    }
    assertThat(disagreements).as("same meaning, different decision, no cited exception").isEmpty();
    // The sweep really compares: the shared meanings of the two tables, the exceptions among them.
    assertThat(compared).hasSizeGreaterThan(40).containsAll(CITED_EXCEPTIONS.keySet());
  }

  @Test
  void meaningsCompareByTheirWordsNotTheirPunctuationOrGloss() {
    assertThat(sameMeaning("Refer to card issuer's special conditions", "Refer to card issuer, special condition")).isTrue();
    assertThat(sameMeaning("Response received too late", "Issuer response timeout (response received too late)")).isTrue();
    assertThat(sameMeaning("Expired card, pick-up", "Expired card (pick-up variant)")).isTrue();
    assertThat(sameMeaning("Do not honour", "Cardholder verification failed (ID mismatch); legacy ISO meaning: Do not honour")).isFalse();
    assertThat(sameMeaning("No action taken", "Card not activated; legacy ISO meaning: No action taken")).isFalse();
  }

  private static RetryDecision decision(Network network, String code) {
    return STANDARD.diagnose(TransactionOutcome.of(network, code)).retry().decision();
  }

  /** Same words once case, possessives, plurals, "pick-up" and glosses in parentheses are set aside. */
  static boolean sameMeaning(String isoMeaning, String unionPayMeaning) {
    List<List<String>> iso = readings(isoMeaning);
    return readings(unionPayMeaning).stream().anyMatch(iso::contains);
  }

  /** The meaning without its parentheses, and each parenthesised gloss; a legacy reading is another code's. */
  private static List<List<String>> readings(String meaning) {
    String current = meaning.split("; legacy", 2)[0];
    List<List<String>> readings = new ArrayList<>();
    readings.add(words(PARENTHESES.matcher(current).replaceAll(" ")));
    Matcher gloss = PARENTHESES.matcher(current);
    while (gloss.find()) {
      readings.add(words(gloss.group(1)));
    }
    return readings;
  }

  private static List<String> words(String text) {
    String plain = text.toLowerCase(Locale.ROOT).replace("'s", "").replaceAll("pick[- ]up", " ");
    return Arrays.stream(plain.split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty())
        .map(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toList());
  }

  private static Map<String, Map<String, String>> byCode(String csv) {
    Map<String, Map<String, String>> rows = new TreeMap<>();
    ReferenceCsv.load(csv).rows().forEach(row -> rows.put(row.get("code"), row));
    return rows;
  }
}
