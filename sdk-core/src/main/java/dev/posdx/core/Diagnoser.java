package dev.posdx.core;


import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.StalePack;
import dev.posdx.core.internal.DiagnosisAssembly;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.internal.Verdict;
import dev.posdx.core.internal.VerdictCaching;
import dev.posdx.core.outcome.CardNumbers;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.CauseCatalogProvider;
import dev.posdx.core.spi.IssuerDirectory;
import dev.posdx.core.spi.RulePackProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
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
 *
 * @since 0.1
 */
public final class Diagnoser {

  // A holder, so SLF4J is looked up the first time something is logged, not at start-up.
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Diagnoser.class);
  }

  private final List<RulePack> packs;
  private final RuleIndex index;
  private final @Nullable IssuerDirectory issuers;
  private final @Nullable RetryBudget[] retryBudgets;
  private final CauseCatalog catalog;
  // Packs with a validUntil: checked only for outcomes after it.
  private final List<RulePack> timeBound;
  private final boolean anyTimeBound;
  // A plain flag under the diagnoser's lock, not an AtomicBoolean: that class and its VarHandles load at start-up.
  private boolean issuerFailureLogged;
  private final KeptVerdicts kept;

  private Diagnoser(List<RulePack> packs, @Nullable IssuerDirectory issuers, CauseCatalog catalog) {
    this.packs = packs;
    this.catalog = catalog;
    this.kept = new KeptVerdicts(catalog);
    this.index = RuleIndex.compile(packs, catalog, VerdictCaching.enabled());
    this.issuers = issuers;
    // Loops, not streams or lambdas: each one spins classes when the standard diagnoser is built.
    List<RulePack> timeBound = new ArrayList<>(0);
    for (RulePack p : packs) {
      if (p.validUntil().isPresent()) {
        timeBound.add(p);
      }
    }
    this.timeBound = timeBound; // never exposed: an unwrapped ArrayList, no Guava builder loaded for it
    this.anyTimeBound = !this.timeBound.isEmpty();
    this.retryBudgets = RetryBudget.byNetwork(packs);
  }

  /**
   * The diagnoser built from every {@link RulePackProvider} and the first {@link IssuerDirectory}
   * on the class path, built once on first success.
   *
   * @return the shared diagnoser; the same instance on every successful call
   * @throws IllegalStateException naming the provider, on every call while a provider fails (a
   *     failed build is not kept: no class is left unusable for the JVM's life)
   */
  public static Diagnoser standard() {
    Diagnoser built = standard;
    if (built == null) {
      synchronized (STANDARD_LOCK) {
        built = standard;
        if (built == null) {
          built = builder().addInstalledPacks().addInstalledIssuerDirectory().build();
          standard = built;
        }
      }
    }
    return built;
  }

  // Not a holder class: a failing static initializer would poison the class for the JVM's life.
  // Not Suppliers.memoize either: its lambda and Guava classes are spun and loaded at start-up.
  private static final Object STANDARD_LOCK = new Object();
  private static volatile @Nullable Diagnoser standard;

  // A named class, not a Comparator.comparing chain: no lambda classes spun at start-up.
  private static final Comparator<RulePack> BY_SCOPE_THEN_ID = new Comparator<RulePack>() {
    @Override
    public int compare(RulePack a, RulePack b) {
      int bySpecificity = Integer.compare(-a.scope().specificity(), -b.scope().specificity());
      return bySpecificity != 0 ? bySpecificity : a.id().compareTo(b.id());
    }
  };

  /** {@return an empty builder: no packs, no cause catalog, no issuer directory} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Diagnoses one payment. Never returns null and never throws for any outcome. The invariants
   * hold whatever the packs say: sent and no reply gives {@code RECONCILE_FIRST}; an approval
   * stays an approval; a {@code RISK} cause gives {@code NEVER} and is withheld from the
   * cardholder; a decline past the scheme's reattempt cap gives {@code NEVER}, matched or not.
   *
   * @param outcome the failed (or approved) payment
   * @return the diagnosis; {@link Diagnosis#unknown} when no rule matched
   */
  public Diagnosis diagnose(TransactionOutcome outcome) {
    Diagnosis d = diagnoseByRules(outcome);
    if (!anyTimeBound || outcome.time().isEmpty()) {
      return d;
    }
    List<StalePack> stale = StalePacks.of(timeBound, outcome, outcome.time().get().toLocalDate());
    return stale.isEmpty() ? d : d.withStalePacks(stale);
  }

  @SuppressWarnings("EnumOrdinal") // reads the by-network array the constructor built, instead of an EnumMap lookup
  private Diagnosis diagnoseByRules(TransactionOutcome outcome) {
    RuleIndex.Candidates candidates = index.candidates(outcome.network(), OutcomeFeatures.codeKey(outcome));
    CompiledRule[] rules = candidates.rules;
    long features = OutcomeFeatures.of(outcome);
    RetryBudget budget = retryBudgets[outcome.network().ordinal()];
    VerdictCache<VerdictCache.Entry> verdicts = candidates.verdicts;
    VerdictCache<RuleIndex.Settled> settledByWord = candidates.settled;
    Verdict verdict;
    if (verdicts == null || settledByWord == null) {
      List<CompiledRule> matched = new ArrayList<>(4);
      for (CompiledRule rule : rules) {
        if (rule.matchesRest(features, outcome)) {
          matched.add(rule);
        }
      }
      verdict = Verdicts.of(matched, outcome, catalog, null);
      if (budget != null && budget.exceededBy(outcome, verdict.retry())) {
        verdict = Verdicts.of(matched, outcome, catalog, budget);
      }
    } else {
      VerdictCache.Entry entry = kept.entry(candidates, verdicts, settledByWord, features, outcome, budget);
      verdict = entry.verdict();
      Verdict capped = entry.capped();
      if (capped != null && budget != null && budget.exceededBy(outcome, verdict.retry())) {
        verdict = capped;
      }
    }
    Optional<Issuer> issuer = Optional.empty();
    // The diagnoser's own field first: without a directory the verdict's fields are not read here.
    if (issuers != null && verdict.contactIssuer() && outcome.pan().isPresent()) {
      issuer = lookupIssuer(issuers, outcome);
    }
    return DiagnosisAssembly.of(outcome, verdict, issuer);
  }

  private Optional<Issuer> lookupIssuer(IssuerDirectory issuers, TransactionOutcome outcome) {
    try {
      return issuers.lookup(outcome.pan().orElseThrow());
    } catch (RuntimeException e) {
      // A broken directory must not cost the diagnosis; the card number is not logged. Once per
      // diagnoser: a directory that fails fails on every card, and a log line per call floods.
      if (firstIssuerFailure()) {
        Log.LOG.warn("issuer directory {} failed; later failures are not logged: {}",
            issuers.getClass().getName(), CardNumbers.redact(e.toString()));
      }
      return Optional.empty();
    }
  }

  // True once per diagnoser: for the first failure of its issuer directory.
  private synchronized boolean firstIssuerFailure() {
    boolean first = !issuerFailureLogged;
    issuerFailureLogged = true;
    return first;
  }

  /** {@return the packs in use, in precedence order of their scope, then id} */
  public List<RulePack> packs() {
    return packs;
  }

  /** {@return how many rules the packs hold together} */
  public int ruleCount() {
    return index.ruleCount();
  }

  /** {@return the cause catalog in use; {@link CauseCatalog#empty()} when none was given} */
  public CauseCatalog causeCatalog() {
    return catalog;
  }

  /** {@return the issuer directory in use, if any} */
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
     * @param pack the pack
     * @return this builder
     * @throws IllegalArgumentException when a pack with the same id was already added
     */
    public Builder addPack(RulePack pack) {
      RulePack earlier = packs.putIfAbsent(pack.id(), pack);
      if (earlier != null) {
        throw new IllegalArgumentException("two packs have the id " + pack.id() + ": " + earlier.origin() + " and " + pack.origin());
      }
      return this;
    }

    /**
     * Adds each pack, as {@link #addPack} does.
     *
     * @param packs the packs to add
     * @return this builder
     * @throws IllegalArgumentException when a pack's id was already added
     */
    public Builder addPacks(Iterable<RulePack> packs) {
      for (RulePack pack : packs) {
        addPack(pack);
      }
      return this;
    }

    /**
     * Adds the packs of every {@link RulePackProvider} found by {@link ServiceLoader}.
     *
     * @return this builder
     * @throws IllegalStateException if installed packs were already added, or naming the provider
     *     that cannot be loaded or fails
     * @throws IllegalArgumentException when two packs share an id
     */
    public Builder addInstalledPacks() {
      if (installedPacksAdded) {
        throw new IllegalStateException("installed packs were already added");
      }
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
        Log.LOG.warn("no RulePackProvider found on the class path: every diagnosis will be UNKNOWN");
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
     *
     * @param catalog the catalog
     * @return this builder
     * @throws IllegalStateException if a catalog was already set
     */
    public Builder causeCatalog(CauseCatalog catalog) {
      if (this.catalog != null) {
        throw new IllegalStateException("cause catalog was already set to " + this.catalog);
      }
      this.catalog = catalog;
      return this;
    }

    /**
     * Uses this issuer directory to name the card's issuer and its hotline.
     *
     * @param directory the directory
     * @return this builder
     * @throws IllegalStateException if a directory was already set
     */
    public Builder issuerDirectory(IssuerDirectory directory) {
      if (issuers != null) {
        throw new IllegalStateException("issuer directory was already set to " + issuers);
      }
      this.issuers = directory;
      return this;
    }

    /**
     * Uses the first {@link IssuerDirectory} found by {@link ServiceLoader}, if any. One that
     * cannot be loaded is skipped with one warning: issuer names are optional, diagnoses are not.
     *
     * @return this builder
     * @throws IllegalStateException if a directory was already set
     */
    public Builder addInstalledIssuerDirectory() {
      try {
        for (IssuerDirectory directory : ServiceLoader.load(IssuerDirectory.class, Diagnoser.class.getClassLoader())) {
          return issuerDirectory(directory);
        }
      } catch (ServiceConfigurationError e) {
        Log.LOG.warn("the installed issuer directory cannot be loaded and is skipped: {}", e.getMessage());
      }
      return this;
    }

    /**
     * {@return the diagnoser: packs ordered by scope, most specific first, then by id; an empty catalog
     * when none was given}
     */
    public Diagnoser build() {
      List<RulePack> ordered = new ArrayList<>(packs.values());
      ordered.sort(BY_SCOPE_THEN_ID);
      return new Diagnoser(Frozen.list(ordered), issuers, catalog == null ? CauseCatalog.empty() : catalog);
    }
  }
}
