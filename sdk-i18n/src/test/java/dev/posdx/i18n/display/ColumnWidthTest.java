package dev.posdx.i18n.display;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnWidthTest {

  @Test
  void latinTakesOneColumnEach() {
    assertThat(ColumnWidth.of("Card expired")).isEqualTo(12);
    assertThat(ColumnWidth.of("Réessayez")).isEqualTo(9);
  }

  @Test
  void chineseJapaneseKoreanAndFullwidthFormsTakeTwo() {
    assertThat(ColumnWidth.of("余额不足")).isEqualTo(8);
    assertThat(ColumnWidth.of("餘額不足")).isEqualTo(8);
    assertThat(ColumnWidth.of("暗証番号エラー")).isEqualTo(14);
    assertThat(ColumnWidth.of("잔액 부족")).isEqualTo(9);
    assertThat(ColumnWidth.of("，。！？（）")).isEqualTo(12);
    assertThat(ColumnWidth.of("ＰＩＮ")).isEqualTo(6);
    assertThat(ColumnWidth.of("IC挿入")).isEqualTo(6);
  }

  @Test
  void combiningMarksTakeNoColumn() {
    assertThat(ColumnWidth.of("e\u0301")).isEqualTo(1);
    assertThat(ColumnWidth.of("ค่ะ")).isEqualTo(2); // Thai: the tone mark sits on the consonant
    assertThat(ColumnWidth.of("\u0628\u064E")).isEqualTo(1); // Arabic fatha
  }

  @Test
  void aSupplementaryIdeographTakesTwoAndTheTableSaysItsVersion() {
    assertThat(ColumnWidth.of(new String(Character.toChars(0x20BB7)))).isEqualTo(2);
    assertThat(ColumnWidth.unicodeVersion()).matches("\\d+\\.\\d+\\.\\d+");
  }
}
