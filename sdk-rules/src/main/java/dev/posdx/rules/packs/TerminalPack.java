package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * The {@code terminal} pack: the terminal's reader, link, host reply, keys, clock, printer and input time-out.
 *
 * @since 0.1
 */
public final class TerminalPack extends ResourcePackProvider {
  public TerminalPack() {
    super("/dev/posdx/rules/packs/terminal.yaml");
  }
}
