package dev.posdx.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTest {

  @Test
  void namedPlaceholdersAreFilledAndApostrophesStayApostrophes() {
    Template t = Template.parse("L'émetteur {issuer} ne répond pas ; appelez le {hotline}.");
    assertThat(t.placeholders()).containsExactly("issuer", "hotline");
    assertThat(t.fill(ImmutableMap.of("issuer", "ICBC", "hotline", "95588"), n -> {}))
        .isEqualTo("L'émetteur ICBC ne répond pas ; appelez le 95588.");
  }

  @Test
  void aMissingValueIsLeftOutAndReportedNeverShownAsAPlaceholder() {
    List<String> missing = new ArrayList<>();
    String out = Template.parse("Call {issuer}: {hotline}").fill(ImmutableMap.of("issuer", "BOC"), missing::add);
    assertThat(out).isEqualTo("Call BOC: ").doesNotContain("{");
    assertThat(missing).containsExactly("hotline");
  }

  @Test
  void numberedOrUnclosedBracesAreReportedAsStray() {
    assertThat(Template.parse("Pay {0} now").strayBrace()).isPresent();
    assertThat(Template.parse("Pay {amount now").strayBrace()).isPresent();
    assertThat(Template.parse("Pay {amount} {currency}").strayBrace()).isEmpty();
  }
}
