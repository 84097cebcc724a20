package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/** The {@code terminal} pack: the terminal's reader, link, host reply, keys, clock, printer and input time-out. */
public final class TerminalPack extends BuiltInPackProvider {
  public TerminalPack() {
    super("terminal");
  }
}
