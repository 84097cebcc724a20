package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/**
 * Mastercard Merchant Advice Codes, 65 as strong customer authentication in the EEA and UK, and
 * the Mastercard-only codes 70, 79, 82 and 83 (scope NETWORK). Generated from the reference CSVs.
 *
 * @since 0.1
 */
public final class MastercardPack extends BuiltInPackProvider {

  public MastercardPack() {
    super("mastercard");
  }
}
