package dev.posdx.core.internal;


import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the engine assembles a {@link Diagnosis}, whose constructors are not API: users get
 * diagnoses from the engine and never build one. {@code Diagnosis} registers its constructor
 * here when its class is initialized.
 */
public final class DiagnosisAssembly {

  /** {@code Diagnosis}'s constructor. */
  public interface Assembler {
    Diagnosis assemble(
        TransactionOutcome outcome,
        Cause cause,
        Category category,
        List<Finding> findings,
        RetryAdvice retry,
        boolean contactIssuer,
        Optional<Issuer> issuer,
        List<Step> steps,
        Set<Audience> withheldFrom,
        Map<String, String> networkDisplay,
        @Nullable List<FindingRole> roles);

    /** A diagnosis of {@code outcome} sharing {@code verdict}, the conclusion cached for its rule set. */
    Diagnosis of(TransactionOutcome outcome, Verdict verdict, Optional<Issuer> issuer);

    /** The verdict {@code diagnosis} shares with every diagnosis of its rule set. */
    Verdict verdict(Diagnosis diagnosis);
  }

  private static volatile @Nullable Assembler assembler;

  private DiagnosisAssembly() {}

  /** Called once, by {@code Diagnosis}'s static initializer. */
  public static void register(Assembler constructor) {
    if (assembler != null) {
      throw new IllegalStateException("the diagnosis assembler is registered once");
    }
    assembler = constructor;
  }

  /**
   * A diagnosis.
   *
   * @param findings ranked, primary first; empty only for {@link Category#UNKNOWN}
   * @param withheldFrom audiences that must not be told {@code cause}
   * @param networkDisplay the network's recommended terminal text by language tag, if it gives one
   * @param roles one per finding, the first {@link FindingRole#PRIMARY}; null for the default
   *     (the first primary, the rest less specific)
   */
  public static Diagnosis assemble(
      TransactionOutcome outcome,
      Cause cause,
      Category category,
      List<Finding> findings,
      RetryAdvice retry,
      boolean contactIssuer,
      Optional<Issuer> issuer,
      List<Step> steps,
      Set<Audience> withheldFrom,
      Map<String, String> networkDisplay,
      @Nullable List<FindingRole> roles) {
    return assembler().assemble(
        outcome, cause, category, findings, retry, contactIssuer, issuer, steps, withheldFrom, networkDisplay, roles);
  }

  /** A diagnosis of {@code outcome} with {@code verdict}'s conclusion and the issuer as looked up for it. */
  public static Diagnosis of(TransactionOutcome outcome, Verdict verdict, Optional<Issuer> issuer) {
    return assembler().of(outcome, verdict, issuer);
  }

  /** The verdict a diagnosis shares with every diagnosis of its rule set: what a renderer may key prepared text on. */
  public static Verdict verdict(Diagnosis diagnosis) {
    return assembler().verdict(diagnosis);
  }

  private static Assembler assembler() {
    Assembler constructor = assembler;
    if (constructor == null) {
      Diagnosis.unknownSteps(); // initializes Diagnosis, which registers itself
      constructor = assembler;
      if (constructor == null) {
        throw new IllegalStateException("Diagnosis did not register its assembler");
      }
    }
    return constructor;
  }
}
