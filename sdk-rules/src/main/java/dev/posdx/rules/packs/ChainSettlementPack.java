package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * The {@code chain-settlement} pack: voids and refunds of a sale another store of the chain took.
 *
 * @since 0.1
 */
public final class ChainSettlementPack extends ResourcePackProvider {
  public ChainSettlementPack() {
    super("/dev/posdx/rules/packs/chain-settlement.yaml");
  }
}
