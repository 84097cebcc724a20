package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.display.DisplayProfile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The prepared renderer (texts looked up, parsed and composed once per locale, then reused) says
 * exactly what the straightforward one ({@link StraightRenderer}: every lookup, fill and
 * composition on every call) says, over generated diagnoses: every cause of the vocabulary and one
 * no bundle knows × every retry advice × approval and risk × contactIssuer with and without a
 * known hotline × step sets (one step no bundle knows among them) × networks, amounts and cards ×
 * every audience × every shipped locale and locales that fall back × every display profile. Each
 * renderer has its own catalog, so the texts each reports missing are compared too.
 */
class PreparedRenderingTest {

  private static final List<String> CAUSES = new ArrayList<>();
  private static final List<Category> CATEGORIES = new ArrayList<>();
  private static final List<Step> STEPS = new ArrayList<>();

  static {
    Map<String, Category> causes = new LinkedHashMap<>();
    for (Vocabulary.Entry e : Vocabulary.entries()) {
      if (e.isCause()) {
        causes.putIfAbsent(e.id(), Category.valueOf(e.categoryOrAudience()));
      } else {
        STEPS.add(Step.of(Audience.valueOf(e.categoryOrAudience()), e.id()));
      }
    }
    causes.put("vendor.own-cause", Category.ISSUER); // a vendor pack's cause: no bundle has text
    causes.forEach((id, category) -> {
      CAUSES.add(id);
      CATEGORIES.add(category);
    });
    for (Audience a : Audience.values()) {
      STEPS.add(Step.of(a, "vendor-own-step")); // no bundle has text: left out
    }
  }

  private static final List<RetryAdvice> ADVICE = advice();

  private static List<RetryAdvice> advice() {
    ImmutableList.Builder<RetryAdvice> all = ImmutableList.builder();
    all.add(RetryAdvice.now(), RetryAdvice.later(), RetryAdvice.never(), RetryAdvice.reconcileFirst(),
        RetryAdvice.later(Duration.ofMinutes(30)), RetryAdvice.later(Duration.ofHours(2)),
        RetryAdvice.later(Duration.ofDays(1).plusHours(3)), RetryAdvice.later(Duration.ofSeconds(90)),
        RetryAdvice.later(Duration.ofMinutes(1)));
    for (RetryChange change : RetryChange.values()) {
      all.add(RetryAdvice.withChange(change));
    }
    return all.build();
  }

  private static final List<Optional<Issuer>> ISSUERS = List.of(
      Optional.empty(), Optional.of(Scenarios.ICBC), Optional.of(new Issuer("BOC", "中国银行", Optional.empty())));

  private static final List<Locale> LOCALES = locales();

  private static List<Locale> locales() {
    List<Locale> locales = new ArrayList<>(MessageCatalog.SHIPPED_LOCALES);
    for (String tag : List.of("zh-TW", "zh-CN", "zh-MO", "zh", "pt", "pt-PT", "es-MX", "es-AR", "en-US", "de-AT", "sw", "und")) {
      locales.add(Locale.forLanguageTag(tag));
    }
    return locales;
  }

  private static final List<DisplayProfile> PROFILES = ImmutableList.<DisplayProfile>builder()
      .addAll(DisplayProfile.BUILT_IN)
      .add(DisplayProfile.LCD_16X2.withCharset(Charset.forName("GB18030")))
      .add(DisplayProfile.RECEIPT_32.withCharset(StandardCharsets.ISO_8859_1))
      .build();

  /** One generated case: what to diagnose, and for whom, where and on what to render it. */
  private record Case(Diagnosis diagnosis, Audience audience, Locale locale, DisplayProfile profile) {}

  private static Gen<Case> cases() {
    return integers().between(0, CAUSES.size() - 1)
        .zip(integers().between(0, ADVICE.size() - 1), integers().between(0, 7), longs().all(),
            (cause, advice, variant, bits) -> new int[] {cause, advice, variant, (int) (bits >>> 32), (int) (long) bits})
        .zip(integers().between(0, Audience.values().length - 1), integers().between(0, LOCALES.size() - 1),
            integers().between(0, PROFILES.size() - 1), integers().between(0, Network.values().length - 1),
            (ints, audience, locale, profile, network) -> new Case(
                diagnosis(ints[0], ints[1], ints[2], ints[3], ints[4], network),
                Audience.values()[audience], LOCALES.get(locale), PROFILES.get(profile)));
  }

  // variant: bit 0 contactIssuer, bits 1-2 which issuer (and so the hotline), ...; a and b pick steps and the outcome.
  private static Diagnosis diagnosis(int causeIndex, int adviceIndex, int variant, int a, int b, int network) {
    String id = CAUSES.get(causeIndex);
    Category category = CATEGORIES.get(causeIndex);
    if ((b & 1) == 1 && category != Category.RISK) {
      category = Category.APPROVED; // an approval with this cause, as a partial approval has
    }
    boolean contact = (variant & 1) == 1;
    Optional<Issuer> issuer = ISSUERS.get(((variant >> 1) & 3) % ISSUERS.size());
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < STEPS.size(); i++) {
      if (((i % 2 == 0 ? a : b) >>> (i / 2 % 31) & 1) == 1 && (i + a) % 3 != 0) {
        steps.add(STEPS.get(i));
      }
    }
    TransactionOutcome.Builder outcome = TransactionOutcome.builder(Network.values()[network]).responseCode("05");
    if ((b & 2) == 2) {
      outcome.pan(Scenarios.PAN);
    }
    if ((b & 4) == 4) {
      outcome.amount(Amount.of("128.00", "CNY"));
    }
    Finding finding = new Finding(Cause.of(id), category, Confidence.CERTAIN,
        new TraceEntry("sweep", "test", id, List.of(new Evidence("responseCode", "in [05]"))));
    return DiagnosisAssembly.assemble(outcome.build(), Cause.of(id), category, List.of(finding), ADVICE.get(adviceIndex), contact,
        issuer, steps, category == Category.RISK ? ImmutableSet.of(Audience.CARDHOLDER) : ImmutableSet.of(),
        ImmutableMap.of(), null);
  }

  @Test
  void preparedRenderingSaysWhatTheStraightforwardRenderingSays() {
    MessageCatalog preparedCatalog = MessageCatalog.builder().addBuiltIns().build();
    MessageCatalog straightCatalog = MessageCatalog.builder().addBuiltIns().build();
    GuidanceRenderer prepared = new GuidanceRenderer(preparedCatalog);
    StraightRenderer straight = new StraightRenderer(straightCatalog);
    qt().withFixedSeed(Long.getLong("posdx.qt.seed", 20261206L)).withExamples(Integer.getInteger("posdx.qt.examples", 6_000))
        .forAll(cases())
        .checkAssert(c -> {
          String where = c.locale().toLanguageTag() + " " + c.audience() + " " + c.diagnosis();
          assertThat(prepared.render(c.diagnosis(), c.audience(), c.locale()))
              .as(where).isEqualTo(straight.render(c.diagnosis(), c.audience(), c.locale()));
          assertThat(prepared.render(c.diagnosis(), c.audience(), c.locale(), c.profile()))
              .as(where + " on " + c.profile().name())
              .isEqualTo(straight.render(c.diagnosis(), c.audience(), c.locale(), c.profile()));
          assertThat(prepared.shownSteps(c.diagnosis(), c.audience()))
              .as(where).isEqualTo(straight.shownSteps(c.diagnosis(), c.audience()));
        });
    // What a translator is told is missing does not depend on what was prepared when.
    assertThat(preparedCatalog.missingTexts()).isNotEmpty().isEqualTo(straightCatalog.missingTexts());
  }

  @Test
  void threadsSharingOneRendererGetWhatOneThreadGets() {
    GuidanceRenderer prepared = new GuidanceRenderer(MessageCatalog.builder().addBuiltIns().build());
    StraightRenderer straight = new StraightRenderer(MessageCatalog.standard());
    List<Case> cases = new ArrayList<>();
    qt().withFixedSeed(7L).withExamples(400).forAll(cases()).checkAssert(cases::add);
    List<Guidance> parallel = IntStream.range(0, cases.size() * 4).parallel()
        .mapToObj(i -> cases.get(i % cases.size()))
        .map(c -> prepared.render(c.diagnosis(), c.audience(), c.locale()))
        .toList();
    for (int i = 0; i < parallel.size(); i++) {
      Case c = cases.get(i % cases.size());
      assertThat(parallel.get(i)).isEqualTo(straight.render(c.diagnosis(), c.audience(), c.locale()));
    }
  }
}
