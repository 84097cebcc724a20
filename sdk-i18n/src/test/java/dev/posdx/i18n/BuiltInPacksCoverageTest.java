package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.packs.UnionPayLegacyPack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cause and step the built-in packs can produce (found with {@link java.util.ServiceLoader},
 * plus the opt-in UnionPay legacy pack) has text in every shipped locale, in that locale's own
 * bundle, not by falling back to English; and the golden scenarios built by hand are what the
 * real packs conclude.
 */
class BuiltInPacksCoverageTest {

  private static final Diagnoser DIAGNOSER = Diagnoser.builder()
      .addInstalledPacks()
      .addInstalledIssuerDirectory()
      .addPacks(new UnionPayLegacyPack().packs())
      .build();

  static Stream<Locale> locales() {
    return ShippedBundles.files().keySet().stream();
  }

  private static List<Conclusion> conclusions() {
    List<Conclusion> all = new ArrayList<>();
    for (RulePack pack : DIAGNOSER.packs()) {
      for (Rule rule : pack.rules()) {
        all.add(rule.then());
      }
    }
    return all;
  }

  @Test
  void thePacksAreLoaded() {
    assertThat(DIAGNOSER.packs()).extracting(RulePack::id)
        .contains("unionpay", "visa", "mastercard", "iso8583", "terminal", "emv", "chain-settlement");
  }

  @ParameterizedTest
  @MethodSource("locales")
  void everyCauseAndStepThePacksProduceHasTextInTheLocalesOwnBundle(Locale locale) {
    Map<String, Message> bundle = ShippedBundles.merged(locale);
    boolean root = locale.equals(LocaleFallback.ROOT);
    Set<String> missing = new TreeSet<>();
    for (Conclusion c : conclusions()) {
      String cause = "cause." + c.cause().id() + ".";
      List<String> forms = new ArrayList<>(List.of("cashier.short", "cashier.long", "merchant.long"));
      if (!c.withheldFrom().contains(Audience.CARDHOLDER)) {
        forms.addAll(List.of("cardholder.short", "cardholder.long"));
      }
      if (root) {
        forms.add("support.long");
      }
      forms.stream().map(f -> cause + f).filter(k -> !bundle.containsKey(k)).forEach(missing::add);
      for (Step step : c.steps()) {
        if (!bundle.containsKey(step.messageKey())) {
          missing.add(step.messageKey() + " (" + step.audience() + ", for " + c.cause() + ")");
        }
      }
    }
    // What a cardholder is told instead of a withheld cause, and the core's retry-limit finding.
    for (String key : List.of("cause.issuer.declined.cardholder.long", "cause.network.retry-limit.cashier.long",
        "step.review-retry-limit")) {
      if (!bundle.containsKey(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("%s lacks text for what the packs produce", locale.toLanguageTag()).isEmpty();
  }

  @Test
  void everyPackCauseAndStepIsInTheVocabularyCopies() {
    Set<String> vocabulary = Vocabulary.entries().stream()
        .map(e -> e.kind() + ":" + e.id()).collect(Collectors.toSet());
    Map<String, String> unknown = new TreeMap<>();
    for (Conclusion c : conclusions()) {
      if (!vocabulary.contains("cause:" + c.cause().id())) {
        unknown.put("cause:" + c.cause().id(), c.category().name());
      }
      for (Step s : c.steps()) {
        if (!vocabulary.contains("step:" + s.action())) {
          unknown.put("step:" + s.action(), s.audience().name());
        }
      }
    }
    assertThat(unknown).as("refresh src/test/resources/vocabulary from the pack branches").isEmpty();
  }

  @Test
  void theGoldenScenariosAreWhatTheRealPacksConclude() {
    for (Scenarios.Scenario s : Scenarios.all()) {
      Diagnosis expected = s.diagnosis();
      Diagnosis real = DIAGNOSER.diagnose(expected.outcome());
      assertThat(real.cause()).as(s.name()).isEqualTo(expected.cause());
      assertThat(real.category()).as(s.name()).isEqualTo(expected.category());
      assertThat(real.retry()).as(s.name()).isEqualTo(expected.retry());
      assertThat(real.contactIssuer()).as(s.name()).isEqualTo(expected.contactIssuer());
      assertThat(real.steps()).as(s.name()).isEqualTo(expected.steps());
    }
  }

  @Test
  void theRealDiagnosisRendersWithoutAnyMissingTextInTheFourLocalesWrittenHere() {
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns().build();
    GuidanceRenderer renderer = new GuidanceRenderer(catalog);
    for (Scenarios.Scenario s : Scenarios.all()) {
      Diagnosis real = DIAGNOSER.diagnose(s.diagnosis().outcome());
      for (String tag : List.of("en", "zh-Hans", "zh-Hant", "ja")) {
        for (Audience a : Audience.values()) {
          renderer.render(real, a, Locale.forLanguageTag(tag));
        }
      }
    }
    Diagnosis timeout = DIAGNOSER.diagnose(Scenarios.sale("")
        .terminal(TerminalState.builder().hostReply(HostReply.TIMEOUT).build()).build());
    assertThat(timeout.cause()).isEqualTo(Cause.of("connectivity.no-reply"));
    assertThat(catalog.missingTexts()).isEmpty();
  }
}
