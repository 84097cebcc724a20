package dev.posdx.core;

import dev.posdx.core.diagnosis.StalePack;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Finds the packs whose data ended before a payment's day and that would otherwise have applied. */
final class StalePacks {

  private StalePacks() {}

  /**
   * The packs of {@code timeBound} expired on {@code day} with a rule whose conditions other than
   * the time all hold: a finding of theirs may be missing, and the diagnosis says so.
   */
  static List<StalePack> of(List<RulePack> timeBound, TransactionOutcome outcome, LocalDate day) {
    // No builder until a pack is stale: on most payments none is, and this runs on every one with a time.
    @Nullable List<StalePack> stale = null;
    for (RulePack pack : timeBound) {
      if (pack.expiredOn(day) && anyRuleAppliesButForTime(pack, outcome)) {
        if (stale == null) {
          stale = new ArrayList<>(2);
        }
        stale.add(new StalePack(pack.id(), pack.version(), pack.validUntil().get()));
      }
    }
    return stale == null ? Frozen.emptyList() : Frozen.list(stale);
  }

  private static boolean anyRuleAppliesButForTime(RulePack pack, TransactionOutcome outcome) {
    for (Rule rule : pack.rules()) {
      boolean holds = true;
      for (Matcher m : rule.when()) {
        // The time is what the pack no longer covers; every other condition must hold.
        if (!m.field().equals("time") && !m.test(outcome)) {
          holds = false;
          break;
        }
      }
      if (holds) {
        return true;
      }
    }
    return false;
  }
}
