package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * The {@code emv} pack: what the chip's TVR and the EMV kernel's outcome say when the terminal ends a payment itself.
 *
 * @since 0.1
 */
public final class EmvPack extends ResourcePackProvider {
  public EmvPack() {
    super("/dev/posdx/rules/packs/emv.yaml");
  }
}
