package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cause and step of the shared vocabulary has text in every shipped locale, and no bundle
 * has text for a cause or step the vocabulary does not know.
 */
class VocabularyCompletenessTest {

  private static final List<String> FORMS =
      List.of("cashier.short", "cashier.long", "cardholder.short", "cardholder.long", "merchant.long", "support.long");
  private static final Set<String> CARDHOLDER_FORMS = Set.of("cardholder.short", "cardholder.long");

  static Stream<Locale> locales() {
    return ShippedBundles.files().keySet().stream();
  }

  /** Cause id to whether it is RISK, from every vocabulary file. */
  private static Map<String, Boolean> causes() {
    Map<String, Boolean> risk = new HashMap<>();
    for (Vocabulary.Entry e : Vocabulary.entries()) {
      if (e.isCause()) {
        risk.merge(e.id(), e.categoryOrAudience().equals("RISK"), Boolean::logicalOr);
      }
    }
    return risk;
  }

  private static Set<String> steps() {
    return Vocabulary.entries().stream().filter(e -> !e.isCause()).map(Vocabulary.Entry::id).collect(Collectors.toSet());
  }

  @Test
  void theVocabularyFilesAgreeOnWhichCausesAreRisk() {
    Map<String, Set<String>> categories = new HashMap<>();
    for (Vocabulary.Entry e : Vocabulary.entries()) {
      if (e.isCause()) {
        categories.computeIfAbsent(e.id(), k -> new TreeSet<>()).add(e.categoryOrAudience());
      }
    }
    categories.forEach((id, cats) -> {
      if (cats.contains("RISK")) {
        assertThat(cats).as("%s is RISK in one vocabulary file and not in another", id).containsOnly("RISK");
      }
    });
  }

  @Test
  void theVocabularyHoldsTheCoresOwnCausesAndSteps() {
    assertThat(causes()).containsKeys("unknown.unmatched", "issuer.declined", "network.retry-limit");
    assertThat(steps()).contains("record-details", "try-another-payment", "contact-acquirer",
        "report-unknown-code", "ask-another-payment", "review-retry-limit");
  }

  @ParameterizedTest
  @MethodSource("locales")
  void everyCauseAndStepHasTextAndRiskCausesHaveNoCardholderText(Locale locale) {
    Map<String, Message> bundle = ShippedBundles.merged(locale);
    boolean root = locale.equals(LocaleFallback.ROOT);
    List<String> problems = new ArrayList<>();
    causes().forEach((cause, isRisk) -> {
      for (String form : FORMS) {
        String key = "cause." + cause + "." + form;
        boolean wanted = !(isRisk && CARDHOLDER_FORMS.contains(form));
        boolean optional = form.equals("support.long") && !root;
        if (wanted && !optional && !bundle.containsKey(key)) {
          problems.add("missing " + key);
        }
        if (!wanted && bundle.containsKey(key)) {
          problems.add("a RISK cause must not have cardholder text: " + key);
        }
      }
    });
    for (String step : steps()) {
      if (!bundle.containsKey("step." + step)) {
        problems.add("missing step." + step);
      }
    }
    assertThat(problems).as("%s", locale.toLanguageTag()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("locales")
  void noBundleHasTextForACauseOrStepOutsideTheVocabulary(Locale locale) {
    Map<String, Boolean> causes = causes();
    Set<String> steps = steps();
    List<String> extra = new ArrayList<>();
    for (String key : ShippedBundles.read(locale).keySet()) {
      if (key.startsWith("cause.")) {
        String rest = key.substring("cause.".length());
        boolean known = FORMS.stream().anyMatch(f -> rest.endsWith("." + f)
            && causes.containsKey(rest.substring(0, rest.length() - f.length() - 1)));
        if (!known) {
          extra.add(key);
        }
      } else if (key.startsWith("step.") && !steps.contains(key.substring("step.".length()))) {
        extra.add(key);
      }
    }
    assertThat(extra).as("%s: keys for no vocabulary cause or step", locale.toLanguageTag()).isEmpty();
  }
}
