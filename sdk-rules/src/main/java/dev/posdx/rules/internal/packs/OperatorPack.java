package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/** The {@code operator} pack: network codes whose meaning the cashier's chosen transaction type narrows. */
public final class OperatorPack extends BuiltInPackProvider {
  public OperatorPack() {
    super("operator");
  }
}
