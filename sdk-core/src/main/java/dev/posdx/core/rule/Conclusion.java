package dev.posdx.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule concludes when all its matchers hold.
 *
 * @param contactIssuer whether the cardholder should contact the issuer
 * @param steps what each audience should do, without arguments: the diagnosis fills them
 * @param withheldFrom audiences that must not be told this cause; a {@link Category#RISK} cause is
 *     always withheld from the cardholder
 * @param supplementary a finding that adds to a diagnosis (cross-border, peak load) and is the
 *     primary only when nothing else matched
 * @param networkDisplay the network's own recommended terminal text, by BCP 47 language tag
 *     (UnionPay's specification gives one per code), kept as data for the i18n module
 * @since 0.1
 */
public record Conclusion(
    Cause cause,
    Category category,
    Confidence confidence,
    RetryAdvice retry,
    boolean contactIssuer,
    List<Step> steps,
    Set<Audience> withheldFrom,
    boolean supplementary,
    Map<String, String> networkDisplay) {

  public Conclusion {
    steps = ImmutableList.copyOf(steps);
    for (Step step : steps) {
      checkArgument(step.arguments().isEmpty(), "step %s of %s: arguments are filled by the diagnosis", step.action(), cause);
    }
    EnumSet<Audience> withheld = EnumSet.noneOf(Audience.class);
    withheld.addAll(withheldFrom);
    if (category == Category.RISK) {
      withheld.add(Audience.CARDHOLDER);
    }
    checkArgument(
        !withheld.contains(Audience.CASHIER) && !withheld.contains(Audience.SUPPORT),
        "cause %s: the cashier and support may always know the cause",
        cause);
    withheldFrom = Sets.immutableEnumSet(withheld);
    networkDisplay = ImmutableMap.copyOf(networkDisplay);
  }

  /** A conclusion with no steps, disclosed to all, not supplementary. */
  public static Conclusion of(Cause cause, Category category, Confidence confidence, RetryAdvice retry, boolean contactIssuer) {
    return new Conclusion(cause, category, confidence, retry, contactIssuer, List.of(), Set.of(), false, Map.of());
  }
}
