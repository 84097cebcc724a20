package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/** The {@code cn-calendar} pack: China's public holidays and shopping peaks, as a supplementary peak-load finding. */
public final class CnCalendarPack extends BuiltInPackProvider {
  public CnCalendarPack() {
    super("cn-calendar");
  }
}
