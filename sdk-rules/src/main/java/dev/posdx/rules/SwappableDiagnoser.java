package dev.posdx.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.spi.IssuerDirectory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Diagnoses on a pack set that can be replaced while the application runs, for over-the-air pack
 * updates. A new set is built and checked (ids, examples) before it is swapped in; if anything is
 * wrong the swap throws and the old set keeps serving. A diagnosis in flight finishes on the set
 * it started with: each diagnosis reads the current {@link Diagnoser} once, and a Diagnoser is
 * immutable. Thread-safe.
 *
 * <pre>{@code
 * SwappableDiagnoser live = SwappableDiagnoser.of(RulePacks.installed());
 * live.diagnose(outcome);
 * live.swap(RulePacks.installed().with(RulePacks.fromPath(downloaded)));   // or throws, keeping the old set
 * }</pre>
 *
 * @since 0.1
 */
public final class SwappableDiagnoser {

  /** One pack set and the diagnoser built from it, published together. */
  private record Current(RulePacks packs, Diagnoser diagnoser) {}

  private final @Nullable IssuerDirectory issuers;
  private final AtomicReference<Current> current;

  private SwappableDiagnoser(RulePacks packs, @Nullable IssuerDirectory issuers) {
    this.issuers = issuers;
    this.current = new AtomicReference<>(build(packs));
  }

  /**
   * Starts serving a checked pack set.
   *
   * @param packs the set to serve first
   * @return a diagnoser serving that set, with no issuer directory
   * @throws RulePackException EXAMPLE_MISMATCH when an example of the set does not reproduce
   */
  public static SwappableDiagnoser of(RulePacks packs) {
    return new SwappableDiagnoser(packs, null);
  }

  /**
   * Like {@link #of(RulePacks)}, naming issuers through a directory.
   *
   * @param packs the set to serve first
   * @param issuers the directory every diagnoser of this one uses
   * @return a diagnoser serving that set
   * @throws RulePackException EXAMPLE_MISMATCH when an example of the set does not reproduce
   */
  public static SwappableDiagnoser of(RulePacks packs, IssuerDirectory issuers) {
    return new SwappableDiagnoser(packs, issuers);
  }

  /**
   * Diagnoses one payment on the current set. Never throws for any outcome.
   *
   * @param outcome the payment
   * @return the diagnosis
   */
  public Diagnosis diagnose(TransactionOutcome outcome) {
    return now().diagnoser().diagnose(outcome);
  }

  /** {@return the current diagnoser: use it for several diagnoses that must share one set} */
  public Diagnoser diagnoser() {
    return now().diagnoser();
  }

  /** {@return the set now in use} */
  public RulePacks packs() {
    return now().packs();
  }

  /** {@return the issuer directory every set is served with; empty when none was given} */
  public Optional<IssuerDirectory> issuerDirectory() {
    return Optional.ofNullable(issuers);
  }

  /**
   * Builds and checks a diagnoser on {@code next}, then makes it current.
   *
   * @param next the set to serve from now on
   * @return the set that was replaced
   * @throws RulePackException when {@code next} fails its checks; the current set stays
   */
  public RulePacks swap(RulePacks next) {
    return current.getAndSet(build(next)).packs();
  }

  private Current build(RulePacks packs) {
    Diagnoser.Builder builder = Diagnoser.builder().addPacks(packs.packs());
    if (issuers != null) {
      builder.issuerDirectory(issuers);
    }
    Diagnoser diagnoser = builder.build();
    java.util.List<RulePackException.Problem> problems = packs.exampleMismatches(diagnoser);
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
    return new Current(packs, diagnoser);
  }

  // Set in the constructor and only ever swapped for another, never cleared.
  private Current now() {
    return checkNotNull(current.get());
  }

  @Override
  public String toString() {
    return "SwappableDiagnoser" + now().packs();
  }
}
