package dev.posdx.core;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Consumer;

/** Sweeps strings made of up to eight pieces, for checking a hand-written id check against its pattern. */
public final class JoinedPieces {

  private JoinedPieces() {}

  /** Gives {@code check} 20,000 joins of {@code pieces} (fixed seed), the empty string among them. */
  public static void sweep(List<String> pieces, Consumer<String> check) {
    qt().withFixedSeed(20261206L).withExamples(20_000)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(picks -> {
          StringBuilder joined = new StringBuilder();
          picks.forEach(i -> joined.append(pieces.get(i)));
          check.accept(joined.toString());
        });
  }
}
