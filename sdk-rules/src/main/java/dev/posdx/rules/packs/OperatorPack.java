package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * The {@code operator} pack: network codes whose meaning the cashier's chosen transaction type narrows.
 *
 * @since 0.1
 */
public final class OperatorPack extends ResourcePackProvider {
  public OperatorPack() {
    super("/dev/posdx/rules/packs/operator.yaml");
  }
}
