package dev.posdx.rules.internal.packs;

import dev.posdx.rules.ResourcePackProvider;

/** The {@code operator} pack: network codes whose meaning the cashier's chosen transaction type narrows. */
public final class OperatorPack extends ResourcePackProvider {
  public OperatorPack() {
    super("/dev/posdx/rules/packs/operator.yaml");
  }
}
