package dev.posdx.core.diagnosis;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Which rule of which pack produced a finding, and which of its matchers held.
 *
 * @since 0.1
 */
public record TraceEntry(String packId, String packVersion, String ruleId, List<Evidence> matched) {

  public TraceEntry {
    matched = ImmutableList.copyOf(matched);
  }

  @Override
  public String toString() {
    return packId + "@" + packVersion + "/" + ruleId + " " + matched;
  }
}
