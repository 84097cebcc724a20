package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * The {@code cn-calendar} pack: China's public holidays and shopping peaks, as a supplementary peak-load finding.
 *
 * @since 0.1
 */
public final class CnCalendarPack extends ResourcePackProvider {
  public CnCalendarPack() {
    super("/dev/posdx/rules/packs/cn-calendar.yaml");
  }
}
