package dev.posdx.i18n.display;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Text laid out for one display profile.
 *
 * @param lines the wrapped lines; none is wider than the profile
 * @param form which of the offered forms was chosen, from 0 (the longest)
 * @param fits whether the lines fit the profile's rows; when no form fits this is false and the
 *     shortest form is given whole, on more rows than the display has, never cut
 * @param unencodable characters the profile's charset cannot show, reported, never replaced;
 *     empty when the profile has no charset or every character encodes
 * @since 0.1
 */
public record DisplayText(List<String> lines, int form, boolean fits, List<Unencodable> unencodable) {

  /**
   * @param lines the wrapped lines, copied
   * @param form which of the offered forms was chosen, from 0 (the longest)
   * @param fits whether the lines fit the profile's rows
   * @param unencodable characters the profile's charset cannot show, copied
   */
  public DisplayText {
    lines = ImmutableList.copyOf(lines);
    unencodable = ImmutableList.copyOf(unencodable);
  }

  /** {@return whether the text fits and every character can be shown} */
  public boolean isShowable() {
    return fits && unencodable.isEmpty();
  }

  /** {@return the lines joined with {@code \n}} */
  public String text() {
    return String.join("\n", lines);
  }
}
