package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.internal.DiagnosisAssembly;
import dev.posdx.core.internal.Verdict;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.display.DisplayProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A renderer that has served many payments says what a fresh one says: guidance made once per
 * verdict (and per network and issuer where its text names them) is never served for a payment it
 * does not fit. Diagnoses share a pool of generated verdicts (causes × categories × decisions ×
 * contactIssuer × steps × withheld audiences), each paired with generated per-payment values
 * (network, code, amount, card, terminal and merchant ids, issuer with and without a hotline), and
 * go through one long-lived renderer and, each, a fresh renderer over the same catalog, for every
 * audience, several locales and every display profile. Vendor texts put every per-payment
 * placeholder into some causes' and steps' texts, so each kind of key is swept.
 */
@SuppressWarnings("EnumOrdinal") // generated indices pick enum values
class LongLivedRendererTest {

  private static final Locale ZH_HANS = Locale.forLanguageTag("zh-Hans");
  private static final List<Locale> LOCALES = List.of(
      Locale.ENGLISH, ZH_HANS, Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("de"), Locale.forLanguageTag("ar"),
      Locale.forLanguageTag("ja"), Locale.forLanguageTag("und"));

  // Causes and steps whose vendor text holds per-payment placeholders, in English and Simplified Chinese.
  private static final String BY_NETWORK = "issuer.declined";
  private static final String BY_ISSUER = "card.expired";
  private static final String PER_CALL = "card.not-yet-effective";
  private static final String STEP_PER_CALL = "record-details";

  private static MessageCatalog catalog() {
    MessageCatalog.Builder catalog = MessageCatalog.builder().addBuiltIns();
    for (Locale l : List.of(Locale.ENGLISH, ZH_HANS)) {
      catalog.override(l, "cause." + BY_NETWORK + ".cashier.long", "Declined on {network} (" + l + ").")
          .override(l, "cause." + BY_ISSUER + ".cardholder.long", "Ask {issuer} (" + l + ").")
          .override(l, "cause." + BY_ISSUER + ".merchant.long", "Call {issuer} at {hotline} (" + l + ").")
          .override(l, "cause." + PER_CALL + ".cashier.long", "Code {code}, {amount} {currency}, card {panLast4} (" + l + ").")
          .override(l, "step." + STEP_PER_CALL, "Terminal {terminalId}, merchant {merchantId} (" + l + ").");
    }
    return catalog.build();
  }

  private static final List<Issuer> ISSUERS = List.of(
      Scenarios.ICBC,
      new Issuer("BOC", "中国银行", Optional.empty()),
      new Issuer("ICBC-SZ", "中国工商银行深圳分行", Optional.of("95588")),
      new Issuer("CMB", "招商银行", Optional.of("95555")),
      new Issuer("ODD", "Card 6222021234567890128 bank", Optional.of("4000 123 456")));

  private static final List<RetryAdvice> ADVICE = List.of(
      RetryAdvice.now(), RetryAdvice.later(), RetryAdvice.never(), RetryAdvice.reconcileFirst(),
      RetryAdvice.later(Duration.ofMinutes(30)), RetryAdvice.later(Duration.ofHours(2).plusMinutes(5)),
      RetryAdvice.withChange(RetryChange.ANOTHER_PAYMENT), RetryAdvice.withChange(RetryChange.SIGN_ON),
      RetryAdvice.withChange(RetryChange.INSERT_CHIP));

  /** Verdicts shared by the diagnoses of the sweep: few enough that each is met many times. */
  private static final List<Verdict> VERDICTS = verdicts(new Random(20261206L), 48);

  private static List<Verdict> verdicts(Random random, int count) {
    Map<String, Category> causes = Vocabulary.causes();
    List<Step> steps = Vocabulary.steps();
    List<String> ids = new ArrayList<>(causes.keySet());
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Half of them have a cause whose vendor text names a per-payment value.
      String id = i % 2 == 0 ? List.of(BY_NETWORK, BY_ISSUER, PER_CALL).get(i / 2 % 3) : ids.get(random.nextInt(ids.size()));
      Category category = causes.get(id);
      List<Step> chosen = new ArrayList<>();
      chosen.add(Step.of(Audience.values()[random.nextInt(4)], STEP_PER_CALL));
      for (Step s : steps) {
        if (random.nextInt(6) == 0) {
          chosen.add(s);
        }
      }
      Finding finding = new Finding(Cause.of(id), category, Confidence.CERTAIN,
          new TraceEntry("sweep", "test", id, List.of(new Evidence("responseCode", "in [05]"))));
      Diagnosis d = DiagnosisAssembly.assemble(TransactionOutcome.builder(Network.UNIONPAY).build(), Cause.of(id), category,
          List.of(finding), ADVICE.get(random.nextInt(ADVICE.size())), random.nextBoolean(), Optional.empty(), chosen,
          category == Category.RISK || random.nextInt(4) == 0 ? ImmutableSet.of(Audience.CARDHOLDER) : ImmutableSet.of(),
          ImmutableMap.of(), null);
      verdicts.add(DiagnosisAssembly.verdict(d));
    }
    return verdicts;
  }

  /** One payment of a pooled verdict, and for whom, where and on what to render it. */
  private record Case(Diagnosis diagnosis, Audience audience, Locale locale, DisplayProfile profile) {}

  // payment: bits 0-2 network, 3-5 code, 6-7 amount, 8-9 card, 10-11 ids, 12-14 issuer (5 and over: none).
  private static Diagnosis payment(Verdict verdict, long payment) {
    Network network = Network.values()[(int) (payment & 7) % Network.values().length];
    TransactionOutcome.Builder outcome = TransactionOutcome.builder(network)
        .responseCode(List.of("05", "51", "54", "14", "91", "A0", "1A", "N7").get((int) (payment >> 3 & 7)));
    int amount = (int) (payment >> 6 & 3);
    if (amount > 0) {
      outcome.amount(Amount.of(List.of("128.00", "9.99", "128.00").get(amount - 1), amount == 3 ? "USD" : "CNY"));
    }
    int card = (int) (payment >> 8 & 3);
    if (card > 0) {
      outcome.pan(List.of(Scenarios.PAN, "4111111111111111", "5555555555554444").get(card - 1));
    }
    int ids = (int) (payment >> 10 & 3);
    if (ids > 0) {
      outcome.merchant(MerchantContext.builder().merchantId("M" + ids).terminalId("T-" + (ids * 7)).build());
    }
    int issuer = (int) (payment >> 12 & 7);
    return DiagnosisAssembly.of(outcome.build(), verdict, issuer < ISSUERS.size() ? Optional.of(ISSUERS.get(issuer)) : Optional.empty());
  }

  private static Gen<Case> cases() {
    return integers().between(0, VERDICTS.size() - 1)
        .zip(longs().between(0, (1L << 15) - 1), integers().between(0, Audience.values().length - 1),
            integers().between(0, LOCALES.size() - 1), integers().between(0, DisplayProfile.BUILT_IN.size() - 1),
            (verdict, payment, audience, locale, profile) -> new Case(payment(VERDICTS.get(verdict), payment),
                Audience.values()[audience], LOCALES.get(locale), DisplayProfile.BUILT_IN.get(profile)));
  }

  @Test
  void aLongLivedRendererSaysWhatAFreshOneSays() {
    MessageCatalog catalog = catalog();
    GuidanceRenderer longLived = new GuidanceRenderer(catalog);
    Map<String, Integer> reached = new LinkedHashMap<>();
    qt().withFixedSeed(Long.getLong("posdx.qt.seed", 20261206L)).withExamples(Integer.getInteger("posdx.qt.examples", 8_000))
        .forAll(cases())
        .checkAssert(c -> {
          GuidanceRenderer fresh = new GuidanceRenderer(catalog);
          String where = c.locale().toLanguageTag() + " " + c.audience() + " " + c.diagnosis() + " " + c.diagnosis().issuer();
          Guidance guidance = longLived.render(c.diagnosis(), c.audience(), c.locale());
          assertThat(guidance).as(where).isEqualTo(fresh.render(c.diagnosis(), c.audience(), c.locale()));
          assertThat(longLived.render(c.diagnosis(), c.audience(), c.locale(), c.profile()))
              .as(where + " on " + c.profile().name())
              .isEqualTo(fresh.render(c.diagnosis(), c.audience(), c.locale(), c.profile()));
          String all = String.join("\n", guidance.forms());
          for (String kind : List.of("Declined on", "Ask ", "Call ", "Code ", "Terminal ", "95588")) {
            if (all.contains(kind)) {
              reached.merge(kind, 1, Integer::sum);
            }
          }
        });
    // Each kind of per-payment text was met often enough for a stale answer to show.
    assertThat(reached).hasSize(6).allSatisfy((kind, n) -> assertThat(n).as(kind).isGreaterThan(100));
  }

  @Test
  void withTheBuiltInPacksALongLivedRendererSaysWhatAFreshOneSays() {
    // Real shared verdicts: the engine's verdict cache, capped verdicts past a reattempt limit, the issuer directory.
    Diagnoser diagnoser = Diagnoser.standard();
    MessageCatalog catalog = MessageCatalog.standard();
    GuidanceRenderer longLived = new GuidanceRenderer(catalog);
    List<String> codes = List.of("00", "01", "05", "12", "14", "41", "43", "51", "54", "55", "57", "61", "65", "75", "91", "96", "A0", "N7");
    List<String> cards = List.of(Scenarios.PAN, "4111111111111111", "5555555555554444", "3530111333300000");
    qt().withFixedSeed(Long.getLong("posdx.qt.seed", 20261206L)).withExamples(Integer.getInteger("posdx.qt.examples", 4_000))
        .forAll(integers().between(0, Network.values().length - 1), longs().between(0, (1L << 14) - 1),
            integers().between(0, Audience.values().length - 1), integers().between(0, LOCALES.size() - 1))
        .checkAssert((network, bits, audience, locale) -> {
          TransactionOutcome.Builder outcome = TransactionOutcome.builder(Network.values()[network])
              .responseCode(codes.get((int) (bits % codes.size())));
          int card = (int) (bits >> 5 & 7);
          if (card < cards.size()) {
            outcome.pan(cards.get(card));
          }
          outcome.attempt(1 + (int) (bits >> 8 & 7)).cardAttemptsInWindow(1 + (int) (bits >> 11 & 7) * 4);
          Diagnosis d = diagnoser.diagnose(outcome.build());
          Audience a = Audience.values()[audience];
          Locale l = LOCALES.get(locale);
          assertThat(longLived.render(d, a, l)).as(l + " " + a + " " + d).isEqualTo(new GuidanceRenderer(catalog).render(d, a, l));
        });
  }

  @Test
  void theSameVerdictInDifferentPaymentsGetsEachPaymentsValues() {
    GuidanceRenderer renderer = new GuidanceRenderer(catalog());
    Verdict verdict = VERDICTS.get(2); // a BY_ISSUER cause
    List<String> asked = new ArrayList<>();
    for (long issuer = 0; issuer < 6; issuer++) {
      asked.add(renderer.render(payment(verdict, issuer << 12), Audience.CARDHOLDER, Locale.ENGLISH).longText());
    }
    assertThat(asked).containsExactly("Ask 中国工商银行 (en).", "Ask 中国银行 (en).", "Ask 中国工商银行深圳分行 (en).",
        "Ask 招商银行 (en).", "Ask Card 622202*********0128 bank (en).", "Ask  (en).");
    assertThat(ImmutableList.copyOf(asked)).doesNotHaveDuplicates();
  }
}
