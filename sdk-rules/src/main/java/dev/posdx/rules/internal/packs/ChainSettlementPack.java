package dev.posdx.rules.internal.packs;

import dev.posdx.rules.ResourcePackProvider;

/** The {@code chain-settlement} pack: voids and refunds of a sale another store of the chain took. */
public final class ChainSettlementPack extends ResourcePackProvider {
  public ChainSettlementPack() {
    super("/dev/posdx/rules/packs/chain-settlement.yaml");
  }
}
