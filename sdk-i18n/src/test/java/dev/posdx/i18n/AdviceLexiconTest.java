package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.i18n.AdviceLexicon.Advice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agreement check can fail: every contradiction the bundles held before the advice was
 * composed (advice/known-contradictions.tsv, copied from the bundles as they were, in all 14
 * locales) is caught, and each composed advice sentence reads as the decision it was made for.
 */
class AdviceLexiconTest {

  @Test
  void everyKnownContradictionIsCaughtInEveryLocale() throws IOException {
    List<String> missed = new ArrayList<>();
    int cases = 0;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("advice/known-contradictions.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Locale locale = Locale.forLanguageTag(f[0]);
        RetryAdvice retry = switch (RetryDecision.valueOf(f[2])) {
          case LATER -> RetryAdvice.later();
          case NOW -> RetryAdvice.now();
          case NEVER -> RetryAdvice.never();
          default -> throw new IllegalStateException(f[2]);
        };
        Set<Advice> found = AdviceLexicon.classify(locale, f[4]);
        Set<Advice> allowed = AdviceRules.allowed(retry, Category.ISSUER, Boolean.parseBoolean(f[3]));
        cases++;
        if (allowed.containsAll(found)) {
          missed.add(f[0] + " " + f[1] + " under " + f[2] + ": found " + found + " in \"" + f[4] + "\"");
        }
      }
    }
    assertThat(cases).as("known contradictions, 9 per locale").isEqualTo(9 * 14);
    assertThat(missed).as("contradictions the lexicon does not catch").isEmpty();
  }

  @Test
  void negationIsNotReadAsItsOpposite() {
    assertThat(AdviceLexicon.classify(Locale.ENGLISH, "Do not try this card again for this sale."))
        .containsExactly(Advice.NO_RETRY);
    assertThat(AdviceLexicon.classify(Locale.ENGLISH, "Try again later.")).containsExactly(Advice.WAIT);
    assertThat(AdviceLexicon.classify(Locale.ENGLISH, "The card has expired.")).isEmpty();
    assertThat(AdviceLexicon.classify(Locale.forLanguageTag("zh-Hans"), "不要重试。")).containsExactly(Advice.NO_RETRY);
  }
}
