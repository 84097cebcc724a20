package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.i18n.display.ColumnWidth;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import dev.posdx.i18n.internal.BundleCheck;
import dev.posdx.i18n.internal.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accented, 40%-longer pseudo-locale through the width checks and every display profile. */
class PseudoLocalizationTest {

  @Test
  void pseudoTextIsAccentedFortyPercentLongerAndKeepsPlaceholders() {
    String pseudo = PseudoLocalization.transform("Call {issuer} on {hotline}.");
    assertThat(pseudo).startsWith("Ćáĺĺ {issuer} óñ {hotline}.");
    assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) Math.ceil("Call {issuer} on {hotline}.".length() * 1.4));
    assertThat(Template.parse(pseudo).placeholders()).containsExactly("issuer", "hotline");
  }

  @Test
  void everyPseudoMessageLaysOutWithinEveryProfileAndOverflowIsFlaggedNotCut() {
    Map<String, Message> root = ShippedBundles.root();
    List<String> shortsTooWide = new ArrayList<>();
    for (Message m : root.values()) {
      String pseudo = PseudoLocalization.transform(m.text());
      assertThat(ColumnWidth.of(pseudo)).isGreaterThanOrEqualTo((int) Math.ceil(ColumnWidth.of(m.text()) * 1.4));
      for (DisplayProfile profile : DisplayProfile.BUILT_IN) {
        DisplayText text = profile.layout(pseudo);
        assertThat(text.lines()).as("%s on %s", m.key(), profile.name())
            .allSatisfy(l -> assertThat(ColumnWidth.of(l)).isLessThanOrEqualTo(profile.columns()));
        assertThat(String.join("", text.lines()).replace(" ", "")).isEqualTo(pseudo.replace(" ", ""));
        if (profile.rows().isPresent()) {
          assertThat(text.fits()).isEqualTo(text.lines().size() <= profile.rows().getAsInt());
        }
      }
      if (m.key().endsWith(".short") && ColumnWidth.of(pseudo) > BundleCheck.SHORT_COLUMNS) {
        shortsTooWide.add(m.key());
      }
    }
    // The check that guards real translations does catch 40% growth: most English shorts are close to 16.
    assertThat(shortsTooWide).isNotEmpty();
    List<BundleProblem> problems = new ArrayList<>();
    for (Message m : root.values()) {
      if (m.key().endsWith(".short")) {
        BundleCheck.checkText(PseudoLocalization.LOCALE,
            new Message(m.key(), PseudoLocalization.transform(m.text()), "pseudo", m.line()), problems);
      }
    }
    assertThat(problems).extracting(BundleProblem::key).containsExactlyInAnyOrderElementsOf(shortsTooWide);
  }
}
