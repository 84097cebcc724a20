package dev.posdx.i18n;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A bundle failed to load or failed its checks; the message names every file, line and key.
 *
 * @since 0.1
 */
public final class BundleException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 25;

  /** Every problem; part of the serialized form. */
  private final ImmutableList<BundleProblem> problems;

  /**
   * An exception listing these problems; its message shows the first 25.
   *
   * @param problems every problem found, each with its file, line and key
   */
  public BundleException(List<BundleProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** {@return every problem found, in the order found} */
  public List<BundleProblem> problems() {
    return problems;
  }

  private static String message(List<BundleProblem> problems) {
    StringBuilder s = new StringBuilder();
    s.append(problems.size()).append(problems.size() == 1 ? " bundle problem" : " bundle problems");
    for (int i = 0; i < problems.size() && i < SHOWN; i++) {
      s.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > SHOWN) {
      s.append("\n  … and ").append(problems.size() - SHOWN).append(" more");
    }
    return s.toString();
  }
}
