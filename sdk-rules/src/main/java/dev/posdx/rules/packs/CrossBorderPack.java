package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * The {@code cross-border} pack: the supplementary finding for a foreign card or a foreign card currency.
 *
 * @since 0.1
 */
public final class CrossBorderPack extends ResourcePackProvider {
  public CrossBorderPack() {
    super("/dev/posdx/rules/packs/cross-border.yaml");
  }
}
