package dev.posdx.core.internal;


import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The engine's way to keep an outcome's feature word on the outcome itself, computed once per
 * outcome instead of once per diagnosis, without a public accessor. {@code TransactionOutcome}
 * registers its slot here when its class is initialized (the JDK's SharedSecrets pattern).
 */
public final class OutcomeFeatureSlot {

  /** Reads and writes the outcome's cached word (0 means not computed yet), and reads its code's key. */
  public interface Slot {
    long get(TransactionOutcome outcome);

    void set(TransactionOutcome outcome, long features);

    /** The outcome's response code as its {@link CodeKey}, set when the outcome is built; {@link CodeKey#NONE} without one. */
    int codeKey(TransactionOutcome outcome);
  }

  private static volatile @Nullable Slot slot;

  private OutcomeFeatureSlot() {}

  /** Called once, by {@code TransactionOutcome}'s static initializer. */
  public static void register(Slot s) {
    if (slot != null) {
      throw new IllegalStateException("the outcome feature slot is registered once");
    }
    slot = s;
  }

  /** The slot, registered by initializing {@code TransactionOutcome} if no outcome exists yet. */
  public static Slot slot() {
    Slot s = slot;
    if (s == null) {
      TransactionOutcome.builder(Network.UNIONPAY); // initializes TransactionOutcome, which registers itself
      s = slot;
      if (s == null) {
        throw new IllegalStateException("TransactionOutcome did not register its feature slot");
      }
    }
    return s;
  }
}
