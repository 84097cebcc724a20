package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/**
 * Visa response codes with their reattempt categories 1-4 as retry advice, and Visa's reattempt
 * limit (scope NETWORK). Generated from the reference CSVs.
 *
 * @since 0.1
 */
public final class VisaPack extends BuiltInPackProvider {

  public VisaPack() {
    super("visa");
  }
}
