package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * Visa response codes with their reattempt categories 1-4 as retry advice, and Visa's reattempt
 * limit (scope NETWORK). Generated from the reference CSVs.
 *
 * @since 0.1
 */
public final class VisaPack extends ResourcePackProvider {

  public VisaPack() {
    super("/dev/posdx/rules/packs/visa.yaml");
  }
}
