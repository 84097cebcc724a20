package dev.posdx.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.posdx.i18n.BundleException;
import dev.posdx.i18n.BundleProblem;
import dev.posdx.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleReaderTest {

  @Test
  void aLatin1FileFailsWithTheFileTheLineAndTheColumn() {
    byte[] latin1 = "# French\nstep.retry-now=Réessayer maintenant.\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> BundleReader.read("messages_fr.properties", latin1))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("messages_fr.properties:2")
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("0xE9")
        .hasMessageContaining("column 17");
  }

  @Test
  void aGbkFileFailsInsteadOfLoadingAsMojibake() {
    byte[] gbk = "cause.x.cashier.short=余额不足\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    assertThatThrownBy(() -> BundleReader.read("messages_zh_Hans.properties", gbk))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("messages_zh_Hans.properties:1");
  }

  @Test
  void utf8TextLoadsAsWrittenWithApostrophesAndBracesUntouched() {
    String text = "\uFEFF# comment\n! also a comment\nstep.a = L'émetteur n'a pas répondu.\n"
        + "kit.x: {issuer} 客服：{hotline}\nlong=first \\\n    second\nesc=tab\\tnew\\nline \\u00e9\n";
    Map<String, Message> m = BundleReader.read("t.properties", text.getBytes(StandardCharsets.UTF_8));
    assertThat(m.get("step.a").text()).isEqualTo("L'émetteur n'a pas répondu.");
    assertThat(m.get("kit.x").text()).isEqualTo("{issuer} 客服：{hotline}");
    assertThat(m.get("long").text()).isEqualTo("first second");
    assertThat(m.get("long").line()).isEqualTo(5);
    assertThat(m.get("esc").text()).isEqualTo("tab\tnew\nline é");
  }

  @Test
  void aDuplicateKeyAndABrokenEscapeAreBothReportedWithTheirLines() {
    String text = "a=1\nb=\\u12\na=2\n";
    assertThatThrownBy(() -> BundleReader.read("t.properties", text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(BundleException.class, e -> assertThat(e.problems())
            .extracting(BundleProblem::line, BundleProblem::key)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "b"), org.assertj.core.groups.Tuple.tuple(3, "a")));
  }

  @Test
  void linesAreSplitAsTheLineBreakPatternSplitsThem() {
    List<String> pieces = List.of("a", "\n", "\r", "\r\n", "\n\r", "", " ", "卡");
    qt().withFixedSeed(20261206L).withExamples(3_000)
        .forAll(PieceTexts.of(pieces, 10))
        .checkAssert(s -> {
          assertThat(BundleReader.lines(s)).as("%s", s.replace("\r", "\\r").replace("\n", "\\n"))
              .containsExactly(s.split("\r\n|\r|\n", -1));
        });
  }
}
