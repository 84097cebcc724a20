package dev.posdx.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.CardNumbers;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.IssuerDirectory;
import dev.posdx.core.spi.RulePackProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link TransactionOutcome} into a {@link Diagnosis} with a fixed set of rule packs.
 * Immutable and thread-safe; the same outcome and packs always give the same diagnosis, the
 * order of its findings included. A payment no rule explains gets an {@code UNKNOWN} diagnosis,
 * never null and never an exception.
 *
 * <pre>{@code
 * Diagnoser diagnoser = Diagnoser.standard();           // every pack on the classpath
 * Diagnosis d = diagnoser.diagnose(TransactionOutcome.of(Network.UNIONPAY, "51"));
 * d.cause();   // account.insufficient-funds
 * }</pre>
 */
public final class Diagnoser {

  private static final Logger log = LoggerFactory.getLogger(Diagnoser.class);

  private final ImmutableList<RulePack> packs;
  private final RuleIndex index;
  private final @Nullable IssuerDirectory issuers;
  private final @Nullable RetryBudget[] retryBudgets;

  private Diagnoser(ImmutableList<RulePack> packs, @Nullable IssuerDirectory issuers) {
    this.packs = packs;
    this.index = RuleIndex.compile(packs);
    this.issuers = issuers;
    this.retryBudgets = new RetryBudget[Network.values().length];
    RetryBudget.from(packs).forEach((network, budget) -> retryBudgets[network.ordinal()] = budget);
  }

  /**
   * The diagnoser built from every {@link RulePackProvider} and the first {@link IssuerDirectory}
   * on the class path, built once on first use.
   */
  public static Diagnoser standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Diagnoser INSTANCE = builder().addInstalledPacks().addInstalledIssuerDirectory().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Diagnoses one payment. Never returns null and never throws for any outcome. */
  public Diagnosis diagnose(TransactionOutcome outcome) {
    CompiledRule[] candidates = index.candidates(outcome.network(), outcome.responseCode());
    long features = OutcomeFeatures.of(outcome);
    CompiledRule primary = null;
    CompiledRule second = null;
    List<CompiledRule> more = null;
    for (CompiledRule rule : candidates) {
      if (rule.matchesRest(features, outcome)) {
        if (primary == null) {
          primary = rule;
        } else if (second == null) {
          second = rule;
        } else {
          if (more == null) {
            more = new ArrayList<>(4);
          }
          more.add(rule);
        }
      }
    }
    if (primary == null) {
      return Diagnosis.unknown(outcome);
    }
    Conclusion then = primary.rule.then();
    List<Finding> findings = primary.alone;
    List<Step> steps = then.steps();
    if (second != null) {
      boolean supplements = addsSteps(second, then);
      if (more == null) {
        findings = primary.pairedWith(second);
      } else {
        ImmutableList.Builder<Finding> ranked = ImmutableList.builderWithExpectedSize(more.size() + 2);
        ranked.add(primary.finding).add(second.finding);
        for (CompiledRule other : more) {
          ranked.add(other.finding);
          supplements |= addsSteps(other, then);
        }
        findings = ranked.build();
      }
      if (supplements) {
        steps = withSupplementarySteps(then, second, more);
      }
    }
    Optional<Issuer> issuer = Optional.empty();
    if (then.contactIssuer() && issuers != null && outcome.pan().isPresent()) {
      issuer = lookupIssuer(outcome);
    }
    RetryAdvice retry = then.retry();
    RetryBudget budget = retryBudgets[outcome.network().ordinal()];
    if (budget != null && budget.exceededBy(outcome, retry)) {
      retry = RetryAdvice.never();
      findings = ImmutableList.<Finding>builder().addAll(findings).add(budget.finding).build();
      steps = ImmutableList.<Step>builder().addAll(steps).addAll(RetryBudget.STEPS).build();
    }
    return new Diagnosis(
        outcome, then.cause(), then.category(), findings, retry, then.contactIssuer(), issuer,
        steps, then.withheldFrom(), then.networkDisplay());
  }

  // A supplementary finding (cross-border, peak load) adds its own advice to the primary's.
  private static boolean addsSteps(CompiledRule other, Conclusion primary) {
    Conclusion c = other.rule.then();
    return c.supplementary() && !c.cause().equals(primary.cause()) && !c.steps().isEmpty();
  }

  private static List<Step> withSupplementarySteps(Conclusion primary, CompiledRule second, @Nullable List<CompiledRule> more) {
    java.util.LinkedHashSet<Step> steps = new java.util.LinkedHashSet<>(primary.steps());
    if (addsSteps(second, primary)) {
      steps.addAll(second.rule.then().steps());
    }
    if (more != null) {
      for (CompiledRule other : more) {
        if (addsSteps(other, primary)) {
          steps.addAll(other.rule.then().steps());
        }
      }
    }
    return ImmutableList.copyOf(steps);
  }

  @SuppressWarnings("NullAway") // issuers is checked by the caller
  private Optional<Issuer> lookupIssuer(TransactionOutcome outcome) {
    try {
      return issuers.lookup(outcome.pan().orElseThrow());
    } catch (RuntimeException e) {
      // A broken directory must not cost the diagnosis; the card number is not logged.
      log.warn("issuer directory {} failed: {}", issuers.getClass().getName(), CardNumbers.redact(e.toString()));
      return Optional.empty();
    }
  }

  /** The packs in use, in precedence order of their scope, then id. */
  public List<RulePack> packs() {
    return packs;
  }

  /** How many rules the packs hold together. */
  public int ruleCount() {
    return index.ruleCount();
  }

  /** The issuer directory in use, if any. */
  public Optional<IssuerDirectory> issuerDirectory() {
    return Optional.ofNullable(issuers);
  }

  RuleIndex index() {
    return index;
  }

  @Override
  public String toString() {
    return "Diagnoser{" + packs.size() + " packs, " + index.ruleCount() + " rules}";
  }

  /**
   * Builds a {@link Diagnoser}. Fails fast: a pack id given twice names both origins; an issuer
   * directory set twice is refused. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, RulePack> packs = new HashMap<>();
    private @Nullable IssuerDirectory issuers;
    private boolean installedPacksAdded;

    private Builder() {}

    /**
     * Adds one pack.
     *
     * @throws IllegalArgumentException when a pack with the same id was already added
     */
    public Builder addPack(RulePack pack) {
      RulePack earlier = packs.putIfAbsent(pack.id(), pack);
      checkArgument(
          earlier == null,
          "two packs have the id %s: %s and %s",
          pack.id(),
          earlier == null ? "" : earlier.origin(),
          pack.origin());
      return this;
    }

    public Builder addPacks(Iterable<RulePack> packs) {
      for (RulePack pack : packs) {
        addPack(pack);
      }
      return this;
    }

    /** Adds the packs of every {@link RulePackProvider} found by {@link ServiceLoader}. */
    public Builder addInstalledPacks() {
      checkState(!installedPacksAdded, "installed packs were already added");
      installedPacksAdded = true;
      int before = packs.size();
      for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class, Diagnoser.class.getClassLoader())) {
        addPacks(provider.packs());
      }
      if (packs.size() == before) {
        log.warn("no RulePackProvider found on the class path: every diagnosis will be UNKNOWN");
      }
      return this;
    }

    public Builder issuerDirectory(IssuerDirectory directory) {
      checkState(issuers == null, "issuer directory was already set to %s", issuers);
      this.issuers = directory;
      return this;
    }

    /** Uses the first {@link IssuerDirectory} found by {@link ServiceLoader}, if any. */
    public Builder addInstalledIssuerDirectory() {
      for (IssuerDirectory directory : ServiceLoader.load(IssuerDirectory.class, Diagnoser.class.getClassLoader())) {
        return issuerDirectory(directory);
      }
      return this;
    }

    public Diagnoser build() {
      List<RulePack> ordered = new ArrayList<>(packs.values());
      ordered.sort(
          java.util.Comparator.comparing((RulePack p) -> -p.scope().specificity()).thenComparing(RulePack::id));
      return new Diagnoser(ImmutableList.copyOf(ordered), issuers);
    }
  }
}
