package dev.posdx.i18n.kit;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A titled list, such as the facts to have ready.
 *
 * @since 0.1
 */
public record Section(String title, List<String> items) {

  /**
   * @param title the section's heading
   * @param items its lines, in order; copied
   */
  public Section {
    items = ImmutableList.copyOf(items);
  }
}
