package dev.posdx.rules.internal;

import static dev.posdx.rules.internal.PackFormat.RETRY_FIELDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.rules.RulePackException.Reason;
import java.time.Duration;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a rule's {@code then} into the core's {@link Conclusion}, holding it to the cause
 * catalog and to the engine's invariants. Not thread-safe: one per document.
 */
final class ThenDecoder {

  private final PackProblems problems;
  private final PackValues values;
  private final CauseCatalog catalog;
  private final String catalogName;

  ThenDecoder(PackProblems problems, PackValues values, CauseCatalog catalog, String catalogName) {
    this.problems = problems;
    this.values = values;
    this.catalog = catalog;
    this.catalogName = catalogName;
  }

  Conclusion then(JsonFields then) {
    int failures = problems.count();
    Cause cause = problems.attempt(() -> then.convert("cause", then.requiredText("cause"), Cause::of));
    @Nullable CauseDefinition defined = cause == null ? null : catalog.definition(cause).orElse(null);
    Category category = problems.attempt(() -> {
      Optional<Category> given = then.enumValue("category", Category.class);
      if (defined == null) {
        return given.orElseThrow(() -> problems.fail(Reason.CONTRADICTS_CATALOG, then.path("cause"),
            "cause " + cause + " is not in the cause catalog (" + catalogName + "): give its category"));
      }
      agree(then, "category", given, defined.category());
      return defined.category();
    });
    Confidence confidence = problems.attempt(() -> then.enumValue("confidence", Confidence.class).orElse(Confidence.CERTAIN));
    RetryAdvice retry = problems.attempt(() -> retry(then.requiredObject("retry", RETRY_FIELDS)));
    Boolean contactIssuer = problems.attempt(() -> {
      Optional<Boolean> given = then.bool("contactIssuer");
      if (defined == null) {
        return given.orElse(false);
      }
      agree(then, "contactIssuer", given, defined.contactIssuer());
      return defined.contactIssuer();
    });
    List<Step> steps = problems.attempt(() -> steps(then));
    Set<Audience> withheld = problems.attempt(() -> {
      Optional<Set<Audience>> given = values.enumSet(then, "withheldFrom", Audience.class);
      Set<Audience> audiences = given.orElse(defined == null ? Set.of() : defined.withheldFrom());
      if (audiences.contains(Audience.CASHIER) || audiences.contains(Audience.SUPPORT)) {
        throw problems.fail(Reason.BAD_VALUE, then.path("withheldFrom"), "the cashier and support may always know the cause: withhold it from CARDHOLDER or MERCHANT only");
      }
      if (defined != null && given.isPresent() && !given.get().containsAll(defined.withheldFrom())) {
        throw problems.fail(Reason.CONTRADICTS_CATALOG, then.path("withheldFrom"),
            "cause " + cause + " is withheld from " + defined.withheldFrom() + " in the cause catalog; the rule cannot disclose it");
      }
      return audiences;
    });
    Boolean supplementary = problems.attempt(() -> {
      Optional<Boolean> given = then.bool("supplementary");
      if (defined != null && defined.adviceOnly()) {
        agree(then, "supplementary", given, true);
        return true;
      }
      return given.orElse(false);
    });
    Map<String, String> display = problems.attempt(() -> networkDisplay(then));
    if (problems.count() > failures || cause == null || category == null || confidence == null || retry == null
        || contactIssuer == null || steps == null || withheld == null || supplementary == null || display == null) {
      throw new PackProblems.Abandon();
    }
    if (category == Category.RISK && retry.decision() != RetryDecision.NEVER) {
      throw problems.fail(Reason.BREAKS_INVARIANT, then.path("retry"),
          "cause " + cause + " is RISK: it keeps NEVER and its procedure whatever else is true, not " + retry.decision());
    }
    if (category == Category.APPROVED && CauseDefinition.isRetry(retry.decision())) {
      throw problems.fail(Reason.BREAKS_INVARIANT, then.path("retry"),
          "cause " + cause + " is an approval: it never advises presenting the card again (" + retry.decision() + ")");
    }
    return then.convertAt(then.path(), "", () -> Conclusion.builder(cause, category, confidence, retry)
        .contactIssuer(contactIssuer)
        .steps(steps)
        .withheldFrom(withheld)
        .supplementary(supplementary)
        .networkDisplay(display)
        .build());
  }

  // A rule may leave a catalog field out; if it gives one, it must say what the catalog says.
  private <T> void agree(JsonFields then, String field, Optional<T> given, T catalogValue) {
    if (given.isPresent() && !given.get().equals(catalogValue)) {
      throw problems.fail(Reason.CONTRADICTS_CATALOG, then.path(field),
          field + " " + given.get() + " contradicts the cause catalog (" + catalogName + "), which gives " + catalogValue
              + ": leave the field out or correct it");
    }
  }

  private RetryAdvice retry(JsonFields retry) {
    RetryDecision decision = retry.requiredEnum("decision", RetryDecision.class);
    Duration after = values.duration(retry, "after", false);
    RetryChange change = retry.enumValue("change", RetryChange.class).orElse(null);
    if (after != null && decision != RetryDecision.LATER) {
      throw problems.fail(Reason.BAD_VALUE, retry.path("after"), "a wait ('after') goes only with decision LATER, not " + decision);
    }
    if (change != null && decision != RetryDecision.WITH_CHANGE) {
      throw problems.fail(Reason.BAD_VALUE, retry.path("change"), "a change goes only with decision WITH_CHANGE, not " + decision);
    }
    if (change == null && decision == RetryDecision.WITH_CHANGE) {
      throw problems.fail(Reason.MISSING_FIELD, retry.path("change"),
          "decision WITH_CHANGE needs a change, one of " + String.join(", ", JsonFields.names(RetryChange.class)));
    }
    return retry.convertAt(retry.path(), "", () -> new RetryAdvice(decision, Optional.ofNullable(after), Optional.ofNullable(change)));
  }

  private List<Step> steps(JsonFields then) {
    Optional<JsonFields> given = problems.attempt(() -> then.object("steps", List.of()));
    if (given == null) {
      throw new PackProblems.Abandon();
    }
    if (given.isEmpty()) {
      return List.of();
    }
    JsonFields steps = given.get();
    EnumSet<Audience> seen = EnumSet.noneOf(Audience.class);
    List<List<Step>> byAudience = problems.all(steps.names(), name -> {
      Audience audience = problems.attempt(() -> {
        Audience a = steps.enumAt(TextNode.valueOf(name), steps.path(name), "audience", Audience.class);
        if (!seen.add(a)) {
          throw problems.fail(Reason.BAD_VALUE, steps.path(name), "steps for " + a + " are given twice");
        }
        return a;
      });
      if (audience == null) {
        throw new PackProblems.Abandon();
      }
      JsonNode list = steps.requiredList(name);
      ImmutableList.Builder<Step> out = ImmutableList.builder();
      for (int i = 0; i < list.size(); i++) {
        List<String> at = JsonFields.below(steps.path(name), Integer.toString(i));
        String action = values.textElement(list.get(i), at, "a step action such as call-issuer");
        out.add(steps.convertAt(at, name, () -> Step.of(audience, action)));
      }
      return out.build();
    });
    return byAudience.stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  private Map<String, String> networkDisplay(JsonFields then) {
    Optional<JsonFields> display = then.object("networkDisplay", List.of());
    if (display.isEmpty()) {
      return Map.of();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String tag : display.get().names()) {
      List<String> at = display.get().path(tag);
      try {
        Locale locale = new Locale.Builder().setLanguageTag(tag).build();
        if (locale.getLanguage().isEmpty()) {
          throw new IllformedLocaleException("no language");
        }
      } catch (IllformedLocaleException e) {
        throw problems.fail(Reason.BAD_VALUE, at, "networkDisplay keys are BCP 47 language tags such as zh-Hans, got " + Redaction.quoteData(tag));
      }
      String text = values.textElement(display.get().json().get(tag), at, "the network's display text");
      if (text.isBlank()) {
        throw problems.fail(Reason.BAD_VALUE, at, "the display text must not be blank");
      }
      texts.put(tag, text);
    }
    return ImmutableMap.copyOf(texts);
  }
}
