package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/** The {@code chain-settlement} pack: voids and refunds of a sale another store of the chain took. */
public final class ChainSettlementPack extends BuiltInPackProvider {
  public ChainSettlementPack() {
    super("chain-settlement");
  }
}
