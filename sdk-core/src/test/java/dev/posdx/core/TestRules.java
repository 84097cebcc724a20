package dev.posdx.core;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds rules and packs in tests without the YAML format. */
public final class TestRules {

  static final PackSource SOURCE = new PackSource("posdx core tests", "2026-11-26");

  private TestRules() {}

  public static Conclusion conclude(String cause, Category category, RetryAdvice retry) {
    return Conclusion.of(Cause.of(cause), category, Confidence.CERTAIN, retry, false);
  }

  public static Conclusion conclude(String cause, Category category, RetryAdvice retry, boolean contactIssuer, List<Step> steps) {
    return Conclusion.builder(Cause.of(cause), category, Confidence.CERTAIN, retry).contactIssuer(contactIssuer).steps(steps).build();
  }

  public static Conclusion supplementary(String cause, Category category) {
    return Conclusion.builder(Cause.of(cause), category, Confidence.LIKELY, RetryAdvice.later())
        .steps(List.of(Step.of(Audience.CARDHOLDER, "check-card-abroad")))
        .supplementary(true)
        .build();
  }

  public static Rule rule(String id, Conclusion then, Matcher... when) {
    return new Rule(id, List.of(when), then, List.of());
  }

  public static RulePack pack(String id, Scope scope, Rule... rules) {
    return RulePack.of(id, "1", scope, List.of(SOURCE), List.of(rules), id + ".test");
  }
}
