package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/** The {@code emv} pack: what the chip's TVR and the EMV kernel's outcome say when the terminal ends a payment itself. */
public final class EmvPack extends BuiltInPackProvider {
  public EmvPack() {
    super("emv");
  }
}
