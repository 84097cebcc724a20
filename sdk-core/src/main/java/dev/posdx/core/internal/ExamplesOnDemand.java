package dev.posdx.core.internal;

import dev.posdx.core.rule.RuleExample;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A rule's examples, read the first time they are asked for: only pack tests and tools read them,
 * so the built-in packs need not decode hundreds of example outcomes at start-up. Once read it is
 * an unmodifiable list equal to (and hashing and printing as) the examples themselves; a
 * {@link dev.posdx.core.rule.Rule} keeps it without copying. Thread-safe.
 */
public abstract class ExamplesOnDemand extends AbstractList<RuleExample> implements RandomAccess {

  private volatile @Nullable List<RuleExample> examples;

  /** Subclasses read the examples; {@link #read} is called at most once per successful read. */
  protected ExamplesOnDemand() {}

  /**
   * {@return the examples}
   *
   * @throws RuntimeException whatever reading them throws; the next call tries again
   */
  protected abstract List<RuleExample> read();

  private List<RuleExample> examples() {
    List<RuleExample> read = examples;
    if (read == null) {
      synchronized (this) {
        read = examples;
        if (read == null) {
          read = Frozen.list(read());
          examples = read;
        }
      }
    }
    return read;
  }

  @Override
  public final RuleExample get(int index) {
    return examples().get(index);
  }

  @Override
  public final int size() {
    return examples().size();
  }
}
