package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/** The {@code cross-border} pack: the supplementary finding for a foreign card or a foreign card currency. */
public final class CrossBorderPack extends BuiltInPackProvider {
  public CrossBorderPack() {
    super("cross-border");
  }
}
