package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.AdviceLexicon.Advice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Texts cannot contradict the decision. Sweeps generated diagnoses: every cause of the shared
 * vocabulary × every retry advice it can get × contactIssuer (with and without a known hotline) ×
 * every audience × every shipped locale, each with every step of the vocabulary, and reads what
 * is rendered with {@link AdviceLexicon}: no part may advise what the decision or contactIssuer
 * forbids, the retry sentence must say the decision, and the contact sentence is there exactly
 * when the diagnosis says to contact the issuer.
 */
class AdviceAgreementTest {

  private static final List<RetryAdvice> EVERY_ADVICE = everyAdvice();
  private static final TransactionOutcome OUTCOME = Scenarios.sale("05").build();

  private static List<RetryAdvice> everyAdvice() {
    ImmutableList.Builder<RetryAdvice> all = ImmutableList.builder();
    all.add(RetryAdvice.now(), RetryAdvice.later(), RetryAdvice.later(Duration.ofMinutes(30)),
        RetryAdvice.never(), RetryAdvice.reconcileFirst());
    for (RetryChange change : RetryChange.values()) {
      all.add(RetryAdvice.withChange(change));
    }
    return all.build();
  }

  /** The advice a cause can get: the engine's invariants fix some; modifiers and the cap reach any other. */
  static List<RetryAdvice> adviceFor(String cause, Category category) {
    if (category == Category.RISK || cause.equals("network.retry-limit")) {
      return List.of(RetryAdvice.never());
    }
    if (cause.equals("connectivity.no-reply")) {
      return List.of(RetryAdvice.reconcileFirst());
    }
    if (category == Category.APPROVED) {
      return List.of(RetryAdvice.never(), RetryAdvice.reconcileFirst());
    }
    return EVERY_ADVICE;
  }

  /** Causes that are themselves "the issuer asks the cardholder to call": their text says so, and contactIssuer is always true. */
  private static final Set<String> ALWAYS_CONTACT = Set.of("issuer.refer");

  private record Contact(boolean contactIssuer, Optional<Issuer> issuer) {}

  private static final List<Contact> CONTACTS = List.of(
      new Contact(false, Optional.empty()),
      new Contact(true, Optional.empty()),
      new Contact(true, Optional.of(Scenarios.ICBC)));

  @Test
  void noRenderedTextContradictsTheDecisionOrContactIssuer() throws IOException {
    Map<String, Category> causes = new LinkedHashMap<>();
    List<Step> steps = new ArrayList<>();
    for (Vocabulary.Entry e : Vocabulary.entries()) {
      if (e.isCause()) {
        causes.putIfAbsent(e.id(), Category.valueOf(e.categoryOrAudience()));
      } else {
        steps.add(Step.of(Audience.valueOf(e.categoryOrAudience()), e.id()));
      }
    }
    GuidanceRenderer renderer = GuidanceRenderer.standard();
    Set<Locale> locales = ShippedBundles.files().keySet();
    List<String> contradictions = new ArrayList<>();
    int rendered = 0;
    for (Map.Entry<String, Category> c : causes.entrySet()) {
      for (RetryAdvice retry : adviceFor(c.getKey(), c.getValue())) {
        for (Contact contact : CONTACTS) {
          if (ALWAYS_CONTACT.contains(c.getKey()) && !contact.contactIssuer()) {
            continue;
          }
          Diagnosis d = diagnosis(c.getKey(), c.getValue(), retry, contact, steps);
          for (Locale locale : locales) {
            for (Audience audience : Audience.values()) {
              check(renderer.render(d, audience, locale), d, contradictions);
              rendered++;
            }
          }
        }
      }
    }
    // The whole list, for whoever fixes the bundles.
    Files.write(Path.of("target", "advice-contradictions.txt"), contradictions, StandardCharsets.UTF_8);
    assertThat(rendered).as("guidance rendered").isGreaterThan(100_000);
    assertThat(contradictions)
        .as("%d contradictions; the first: %s", contradictions.size(),
            String.join("\n", contradictions.subList(0, Math.min(40, contradictions.size()))))
        .isEmpty();
  }

  private static Diagnosis diagnosis(String cause, Category category, RetryAdvice retry, Contact contact, List<Step> steps) {
    Finding finding = new Finding(Cause.of(cause), category, Confidence.CERTAIN,
        new TraceEntry("sweep", "test", cause, List.of(new Evidence("responseCode", "in [05]"))));
    Set<Audience> withheld = category == Category.RISK ? ImmutableSet.of(Audience.CARDHOLDER) : ImmutableSet.of();
    return DiagnosisAssembly.assemble(OUTCOME, Cause.of(cause), category, List.of(finding), retry, contact.contactIssuer(),
        contact.issuer(), steps, withheld, ImmutableMap.of(), null);
  }

  private static void check(Guidance g, Diagnosis d, List<String> out) {
    Set<Advice> allowed = AdviceRules.allowed(d.retry(), d.category(), d.contactIssuer());
    Set<Advice> retryAllowed = AdviceRules.allowed(d.retry(), d.category(), false);
    String where = g.locale().toLanguageTag() + " " + d.cause() + " " + d.retry() + " contactIssuer="
        + d.contactIssuer() + " " + g.audience();
    g.shortText().ifPresent(t -> expectWithin(t, allowed, g.locale(), where + " short", out));
    expectWithin(g.longText(), allowed, g.locale(), where + " long", out);
    g.steps().forEach(s -> expectWithin(s, allowed, g.locale(), where + " step", out));
    Set<Advice> said = AdviceLexicon.classify(g.locale(), g.retry());
    if (said.isEmpty() || !retryAllowed.containsAll(said)) {
      out.add(where + " retry sentence reads as " + said + ": \"" + g.retry() + "\"");
    }
    boolean told = d.contactIssuer() && g.audience() != Audience.SUPPORT;
    if (g.contact().isPresent() != told) {
      out.add(where + " contact sentence present=" + g.contact().isPresent());
    }
    g.contact().ifPresent(t -> {
      if (!AdviceLexicon.classify(g.locale(), t).equals(Set.of(Advice.CONTACT))) {
        out.add(where + " contact sentence reads as " + AdviceLexicon.classify(g.locale(), t) + ": \"" + t + "\"");
      }
    });
  }

  private static void expectWithin(String text, Set<Advice> allowed, Locale locale, String where, List<String> out) {
    Set<Advice> found = AdviceLexicon.classify(locale, text);
    if (!allowed.containsAll(found)) {
      out.add(where + " says " + found + ": \"" + text + "\"");
    }
  }
}
