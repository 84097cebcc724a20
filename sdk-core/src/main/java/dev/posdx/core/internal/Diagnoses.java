package dev.posdx.core.internal;

import static com.google.common.base.Preconditions.checkState;

import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Diagnosis} around a shared {@link Verdict} without a public constructor taking
 * an internal type: {@code Diagnosis} registers its factory here when its class is initialized
 * (the JDK's {@code SharedSecrets} pattern). Not API.
 */
public final class Diagnoses {

  /** How {@link Diagnosis} builds itself from a verdict; registered once by {@code Diagnosis}. */
  public interface Factory {
    Diagnosis of(TransactionOutcome outcome, Verdict verdict, Optional<Issuer> issuer);
  }

  private static volatile @Nullable Factory factory;

  private Diagnoses() {}

  /** Called once, by {@code Diagnosis}'s static initializer. */
  public static void register(Factory diagnosisFactory) {
    checkState(factory == null, "the diagnosis factory is already registered");
    factory = diagnosisFactory;
  }

  /** A diagnosis of {@code outcome} with {@code verdict}'s conclusion and the issuer as looked up for it. */
  public static Diagnosis of(TransactionOutcome outcome, Verdict verdict, Optional<Issuer> issuer) {
    Factory f = factory;
    if (f == null) {
      Diagnosis.unknownSteps(); // initializes Diagnosis, which registers its factory
      f = factory;
      checkState(f != null, "Diagnosis registered no factory");
    }
    return f.of(outcome, verdict, issuer);
  }
}
