package dev.posdx.core.diagnosis;

import dev.posdx.core.internal.Frozen;
import java.util.List;

/**
 * Which rule of which pack produced a finding, and which of its matchers held.
 *
 * @since 0.1
 */
public record TraceEntry(String packId, String packVersion, String ruleId, List<Evidence> matched) {

  /**
   * @param packId the id of the pack that held the rule
   * @param packVersion that pack's version
   * @param ruleId the rule's id in the pack
   * @param matched the field and condition of each matcher that held, copied
   */
  public TraceEntry {
    matched = Frozen.list(matched);
  }

  @Override
  public String toString() {
    return packId + "@" + packVersion + "/" + ruleId + " " + matched;
  }
}
