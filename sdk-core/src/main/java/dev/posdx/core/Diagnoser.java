package dev.posdx.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.StalePack;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.CardNumbers;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.CauseCatalogProvider;
import dev.posdx.core.spi.IssuerDirectory;
import dev.posdx.core.spi.RulePackProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import com.google.common.base.Supplier;
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
 *
 * @since 0.1
 */
public final class Diagnoser {

  private static final Logger log = LoggerFactory.getLogger(Diagnoser.class);

  private final ImmutableList<RulePack> packs;
  private final RuleIndex index;
  private final @Nullable IssuerDirectory issuers;
  private final @Nullable RetryBudget[] retryBudgets;
  private final CauseCatalog catalog;
  // Packs with a validUntil: checked only for outcomes after it.
  private final ImmutableList<RulePack> timeBound;
  private final AtomicBoolean issuerFailureLogged = new AtomicBoolean();

  private Diagnoser(ImmutableList<RulePack> packs, @Nullable IssuerDirectory issuers, CauseCatalog catalog) {
    this.packs = packs;
    this.catalog = catalog;
    this.index = RuleIndex.compile(packs, catalog);
    this.issuers = issuers;
    this.timeBound = packs.stream().filter(p -> p.validUntil().isPresent()).collect(ImmutableList.toImmutableList());
    this.retryBudgets = new RetryBudget[Network.values().length];
    RetryBudget.from(packs).forEach((network, budget) -> retryBudgets[network.ordinal()] = budget);
  }

  /**
   * The diagnoser built from every {@link RulePackProvider} and the first {@link IssuerDirectory}
   * on the class path, built once on first success.
   *
   * @throws IllegalStateException naming the provider, on every call while a provider fails (a
   *     failed build is not kept: no class is left unusable for the JVM's life)
   */
  @SuppressWarnings("NullAway") // Guava's Supplier.get() reads as nullable outside JSpecify mode (JDK 17); build() never returns null
  public static Diagnoser standard() {
    return STANDARD.get();
  }

  // Not a holder class: a failing static initializer would poison the class for the JVM's life.
  private static final Supplier<Diagnoser> STANDARD =
      Suppliers.memoize(() -> builder().addInstalledPacks().addInstalledIssuerDirectory().build());

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Diagnoses one payment. Never returns null and never throws for any outcome. The invariants
   * hold whatever the packs say: sent and no reply gives {@code RECONCILE_FIRST}; an approval
   * stays an approval; a {@code RISK} cause gives {@code NEVER} and is withheld from the
   * cardholder; a decline past the scheme's reattempt cap gives {@code NEVER}, matched or not.
   */
  public Diagnosis diagnose(TransactionOutcome outcome) {
    Diagnosis d = diagnoseByRules(outcome);
    if (timeBound.isEmpty() || outcome.time().isEmpty()) {
      return d;
    }
    List<StalePack> stale = StalePacks.of(timeBound, outcome, outcome.time().get().toLocalDate());
    return stale.isEmpty() ? d : d.withStalePacks(stale);
  }

  private Diagnosis diagnoseByRules(TransactionOutcome outcome) {
    CompiledRule[] candidates = index.candidates(outcome.network(), outcome.responseCode());
    long features = OutcomeFeatures.of(outcome);
    CompiledRule first = null;
    CompiledRule second = null;
    List<CompiledRule> more = null;
    for (CompiledRule rule : candidates) {
      if (rule.matchesRest(features, outcome)) {
        if (first == null) {
          first = rule;
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
    if (first == null) {
      return unmatched(outcome);
    }
    Conclusion then = first.rule.then();
    // The commonest cases, one clean rule or a clean rule over merely less specific ones, need no ranking.
    if (second == null && Semantics.clean(first, outcome)) {
      return decided(outcome, first, first.alone, null, then.retry(), then.contactIssuer(), then.steps());
    }
    if (second != null && Semantics.plainStart(first, outcome) && Semantics.plainOver(first, second, catalog)) {
      if (more == null) {
        return decided(outcome, first, first.pairedWith(second), null, then.retry(), then.contactIssuer(), then.steps());
      }
      boolean plain = true;
      ImmutableList.Builder<Finding> findings = ImmutableList.builderWithExpectedSize(more.size() + 2);
      findings.add(first.finding).add(second.finding);
      for (CompiledRule other : more) {
        plain &= Semantics.plainOver(first, other, catalog);
        findings.add(other.finding);
      }
      if (plain) {
        return decided(outcome, first, findings.build(), null, then.retry(), then.contactIssuer(), then.steps());
      }
    }
    List<CompiledRule> all = new ArrayList<>(more == null ? 2 : more.size() + 2);
    all.add(first);
    if (second != null) {
      all.add(second);
    }
    if (more != null) {
      all.addAll(more);
    }
    Semantics.Ranked ranked = Semantics.rank(all, outcome, catalog);
    if (ranked == null) {
      return unknownWithAdvice(outcome, all);
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builderWithExpectedSize(ranked.order().size() + 1);
    for (CompiledRule r : ranked.order()) {
      findings.add(r.finding);
    }
    return decided(outcome, ranked.primary(), findings.build(), ranked.roles(), ranked.retry(), ranked.contactIssuer(), ranked.steps());
  }

  private Diagnosis decided(
      TransactionOutcome outcome, CompiledRule primary, List<Finding> findings, @Nullable List<FindingRole> roles,
      RetryAdvice retry, boolean contactIssuer, List<Step> steps) {
    Conclusion then = primary.rule.then();
    RetryBudget budget = retryBudgets[outcome.network().ordinal()];
    if (budget != null && budget.exceededBy(outcome, retry)) {
      retry = RetryAdvice.never();
      findings = ImmutableList.<Finding>builder().addAll(findings).add(budget.finding).build();
      roles = withRole(roles, findings.size() - 1, FindingRole.RETRY_LIMIT);
      steps = Semantics.follow(ImmutableList.<Step>builder().addAll(steps).addAll(RetryBudget.STEPS).build(), RetryDecision.NEVER, contactIssuer);
    }
    Optional<Issuer> issuer = Optional.empty();
    if (contactIssuer && issuers != null && outcome.pan().isPresent()) {
      issuer = lookupIssuer(issuers, outcome);
    }
    return new Diagnosis(
        outcome, then.cause(), then.category(), findings, retry, contactIssuer, issuer,
        steps, then.withheldFrom(), then.networkDisplay(), roles);
  }

  // Nothing matched: the cap still applies, and an unknown answer never says retry past it.
  private Diagnosis unmatched(TransactionOutcome outcome) {
    Diagnosis unknown = Diagnosis.unknown(outcome);
    RetryBudget budget = retryBudgets[outcome.network().ordinal()];
    if (budget == null || !budget.exceededBy(outcome, unknown.retry())) {
      return unknown;
    }
    List<Step> steps = ImmutableList.<Step>builder().addAll(Diagnosis.unknownSteps()).addAll(RetryBudget.STEPS).build();
    return new Diagnosis(
        outcome, Cause.UNKNOWN, Category.UNKNOWN, List.of(budget.finding), RetryAdvice.never(), false, Optional.empty(),
        Semantics.follow(steps, RetryDecision.NEVER, false), Set.of(), Map.of(), List.of(FindingRole.RETRY_LIMIT));
  }

  // A code no rule knows, with advice (a merchant advice code, peak load): the cause stays unknown.
  private Diagnosis unknownWithAdvice(TransactionOutcome outcome, List<CompiledRule> modifiers) {
    CompiledRule applied = Semantics.firstAdvice(modifiers);
    RetryAdvice retry = applied == null ? Diagnosis.unknown(outcome).retry() : applied.rule.then().retry();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    ImmutableList.Builder<FindingRole> roles = ImmutableList.builder();
    List<Step> steps = new ArrayList<>(Diagnosis.unknownSteps());
    for (CompiledRule m : modifiers) {
      findings.add(m.finding);
      roles.add(m == applied ? FindingRole.MODIFIER_APPLIED : FindingRole.ADVICE_ONLY);
      steps.addAll(m.rule.then().steps());
    }
    RetryBudget budget = retryBudgets[outcome.network().ordinal()];
    if (budget != null && budget.exceededBy(outcome, retry)) {
      retry = RetryAdvice.never();
      findings.add(budget.finding);
      roles.add(FindingRole.RETRY_LIMIT);
      steps.addAll(RetryBudget.STEPS);
    }
    return new Diagnosis(
        outcome, Cause.UNKNOWN, Category.UNKNOWN, findings.build(), retry, false, Optional.empty(),
        Semantics.follow(new java.util.LinkedHashSet<>(steps), retry.decision(), false), Set.of(), Map.of(), roles.build());
  }

  private static List<FindingRole> withRole(@Nullable List<FindingRole> roles, int size, FindingRole last) {
    ImmutableList.Builder<FindingRole> all = ImmutableList.builderWithExpectedSize(size + 1);
    if (roles == null) {
      all.add(FindingRole.PRIMARY);
      for (int i = 1; i < size; i++) {
        all.add(FindingRole.LESS_SPECIFIC);
      }
    } else {
      all.addAll(roles);
    }
    return all.add(last).build();
  }

  private Optional<Issuer> lookupIssuer(IssuerDirectory issuers, TransactionOutcome outcome) {
    try {
      return issuers.lookup(outcome.pan().orElseThrow());
    } catch (RuntimeException e) {
      // A broken directory must not cost the diagnosis; the card number is not logged. Once per
      // diagnoser: a directory that fails fails on every card, and a log line per call floods.
      if (issuerFailureLogged.compareAndSet(false, true)) {
        log.warn("issuer directory {} failed; later failures are not logged: {}",
            issuers.getClass().getName(), CardNumbers.redact(e.toString()));
      }
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

  /** The cause catalog in use; {@link CauseCatalog#empty()} when none was given. */
  public CauseCatalog causeCatalog() {
    return catalog;
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
    private @Nullable CauseCatalog catalog;
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
      Iterator<RulePackProvider> providers =
          ServiceLoader.load(RulePackProvider.class, Diagnoser.class.getClassLoader()).iterator();
      while (true) {
        RulePackProvider provider;
        try {
          if (!providers.hasNext()) {
            break;
          }
          provider = providers.next();
        } catch (ServiceConfigurationError e) {
          throw new IllegalStateException("a registered RulePackProvider cannot be loaded: " + e.getMessage(), e);
        }
        List<RulePack> provided;
        try {
          provided = provider.packs();
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "RulePackProvider " + provider.getClass().getName() + " failed: " + e.getClass().getName(), e);
        }
        addPacks(provided);
      }
      if (packs.size() == before) {
        log.warn("no RulePackProvider found on the class path: every diagnosis will be UNKNOWN");
      }
      if (catalog == null) {
        for (CauseCatalogProvider provider : ServiceLoader.load(CauseCatalogProvider.class, Diagnoser.class.getClassLoader())) {
          causeCatalog(provider.catalog());
          break;
        }
      }
      return this;
    }

    /**
     * Uses this cause catalog: its {@code explains} relation ranks root causes first and its
     * advice-only causes modify rather than decide. Installed packs bring the installed catalog.
     */
    public Builder causeCatalog(CauseCatalog catalog) {
      checkState(this.catalog == null, "cause catalog was already set to %s", this.catalog);
      this.catalog = catalog;
      return this;
    }

    public Builder issuerDirectory(IssuerDirectory directory) {
      checkState(issuers == null, "issuer directory was already set to %s", issuers);
      this.issuers = directory;
      return this;
    }

    /**
     * Uses the first {@link IssuerDirectory} found by {@link ServiceLoader}, if any. One that
     * cannot be loaded is skipped with one warning: issuer names are optional, diagnoses are not.
     */
    public Builder addInstalledIssuerDirectory() {
      try {
        for (IssuerDirectory directory : ServiceLoader.load(IssuerDirectory.class, Diagnoser.class.getClassLoader())) {
          return issuerDirectory(directory);
        }
      } catch (ServiceConfigurationError e) {
        log.warn("the installed issuer directory cannot be loaded and is skipped: {}", e.getMessage());
      }
      return this;
    }

    public Diagnoser build() {
      List<RulePack> ordered = new ArrayList<>(packs.values());
      ordered.sort(
          java.util.Comparator.comparing((RulePack p) -> -p.scope().specificity()).thenComparing(RulePack::id));
      return new Diagnoser(ImmutableList.copyOf(ordered), issuers, catalog == null ? CauseCatalog.empty() : catalog);
    }
  }
}
