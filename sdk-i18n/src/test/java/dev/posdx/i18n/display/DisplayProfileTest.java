package dev.posdx.i18n.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayProfileTest {

  private static final List<String> FORMS = List.of(
      "The card issuer did not answer in time. Try again in a moment.", "Issuer timeout");

  @Test
  void aSmallLcdGetsTheShortFormAReceiptTheLongOne() {
    DisplayText lcd = DisplayProfile.LCD_16X2.layout(FORMS);
    assertThat(lcd.form()).isEqualTo(1);
    assertThat(lcd.lines()).containsExactly("Issuer timeout");
    assertThat(lcd.fits()).isTrue();

    DisplayText receipt = DisplayProfile.RECEIPT_32.layout(FORMS);
    assertThat(receipt.form()).isZero();
    assertThat(receipt.lines()).allSatisfy(l -> assertThat(ColumnWidth.of(l)).isLessThanOrEqualTo(32));
  }

  @Test
  void aLongFormThatFitsTheRowsIsPreferred() {
    DisplayText lcd = DisplayProfile.LCD_20X4.layout(List.of("发卡行未及时应答。请稍后重试。", "发卡行超时"));
    assertThat(lcd.form()).isZero();
    assertThat(lcd.lines()).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void whenNothingFitsTheShortestFormIsGivenWholeAndFlagged() {
    DisplayText lcd = DisplayProfile.LCD_16X2.layout(List.of(
        "An explanation far too long for two lines of sixteen columns", "Still too long for one line here"));
    assertThat(lcd.fits()).isFalse();
    assertThat(lcd.form()).isEqualTo(1);
    assertThat(String.join(" ", lcd.lines())).isEqualTo("Still too long for one line here");
  }

  @Test
  void aLatin1LcdReportsChineseItCannotShowAndDoesNotReplaceIt() {
    DisplayProfile latin1 = DisplayProfile.LCD_16X2.withCharset(StandardCharsets.ISO_8859_1);
    DisplayText text = latin1.layout("余额不足 café");
    assertThat(text.unencodable()).extracting(Unencodable::codePoint).containsExactly(0x4F59, 0x989D, 0x4E0D, 0x8DB3);
    assertThat(text.unencodable().get(1).column()).isEqualTo(2);
    assertThat(text.lines()).containsExactly("余额不足 café");
    assertThat(text.isShowable()).isFalse();
    assertThat(latin1.layout("Card expired").isShowable()).isTrue();
  }

  @Test
  void aGb18030PrinterShowsBothChineseScriptsAndAShowableFormIsPreferred() {
    DisplayProfile gb = DisplayProfile.RECEIPT_32.withCharset(Charset.forName("GB18030"));
    assertThat(gb.layout("余额不足，請聯絡發卡行。").isShowable()).isTrue();
    DisplayProfile latin1 = DisplayProfile.LCD_16X2.withCharset(StandardCharsets.ISO_8859_1);
    DisplayText choice = latin1.layout(List.of("余额不足", "Funds too low"));
    assertThat(choice.form()).isEqualTo(1);
    assertThat(choice.isShowable()).isTrue();
  }
}
