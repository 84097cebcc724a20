package dev.posdx.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

  @Test
  void theHandWrittenParserFindsWhatThePlaceholderPatternFinds() {
    // Text from pieces that make and break placeholders: braces, names, digits, CJK, spaces.
    List<String> pieces = List.of("{", "}", "a", "Z", "9", "amount", "{n}", "{0}", "{ a}", "卡", " ", "'", "{{", "}}");
    qt().withFixedSeed(20261206L).withExamples(5_000)
        .forAll(PieceTexts.of(pieces, 12))
        .checkAssert(s -> {
          List<String> names = new ArrayList<>();
          StringBuilder filled = new StringBuilder();
          Matcher m = Template.PLACEHOLDER.matcher(s);
          int last = 0;
          while (m.find()) {
            names.add(m.group(1));
            filled.append(s, last, m.start()).append('<').append(m.group(1)).append('>');
            last = m.end();
          }
          filled.append(s.substring(last));
          Template t = Template.parse(s);
          assertThat(t.placeholders()).as(s).containsExactlyElementsOf(names.stream().distinct().toList());
          assertThat(t.fill((String name) -> "<" + name + ">", name -> {})).as(s).isEqualTo(filled.toString());
          assertThat(t.isConstant()).as(s).isEqualTo(names.isEmpty());
        });
  }
}
