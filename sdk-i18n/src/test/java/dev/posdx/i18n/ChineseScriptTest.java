package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.i18n.internal.ChineseScript;
import org.junit.jupiter.api.Test;

class ChineseScriptTest {

  @Test
  void noCharacterIsListedAsBothSimplifiedOnlyAndTraditionalOnly() {
    assertThat(ChineseScript.simplifiedOnly().keySet()).doesNotContainAnyElementsOf(ChineseScript.traditionalOnly().keySet());
    assertThat(ChineseScript.simplifiedOnly()).hasSizeGreaterThan(150);
  }

  @Test
  void sharedCharactersAreNotFlagged() {
    assertThat(ChineseScript.firstSimplifiedOnly("卡 行 系 台 里")).isEmpty();
    assertThat(ChineseScript.firstTraditionalOnly("卡 行 系 台 里")).isEmpty();
  }

  @Test
  void aPastedPhraseFromTheOtherScriptIsFound() {
    assertThat(ChineseScript.firstTraditionalOnly("余额不足，請聯絡發卡行")).contains((int) '請');
    assertThat(ChineseScript.firstSimplifiedOnly("餘額不足，请联系发卡行")).contains((int) '请');
    assertThat(ChineseScript.firstSimplifiedOnly("請稍后再試")).contains((int) '后');
  }
}
