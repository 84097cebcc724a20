package dev.posdx.rules.internal.packs;

import dev.posdx.rules.ResourcePackProvider;

/** The {@code terminal} pack: the terminal's reader, link, host reply, keys, clock, printer and input time-out. */
public final class TerminalPack extends ResourcePackProvider {
  public TerminalPack() {
    super("/dev/posdx/rules/packs/terminal.yaml");
  }
}
