package dev.posdx.i18n.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.i18n.MessageCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IssuerContactKitTest {

  private static final Locale ZH_HANS = Locale.forLanguageTag("zh-Hans");
  private static final String PAN = "6222021234567890128";

  private static Diagnosis referWithKnownIssuer() {
    return KitScenarios.refer(true);
  }

  @Test
  void theFactsNameTheCodeTimeMerchantTerminalCardEndingAndAmount() {
    IssuerContactKit kit = IssuerContactKit.of(referWithKnownIssuer(), ZH_HANS);
    assertThat(kit.facts().items()).containsExactly(
        "应答码：01（银联）",
        "日期时间：2026-02-17 12:05:09 +08:00",
        // A 15-digit merchant id is a digit run like a card number: masked as one (issue 10).
        "商户号：898310*****1234",
        "终端号：POS00017",
        "卡号后四位：0128",
        "金额：128.00 CNY",
        "终端上显示的原文提示。");
  }

  @Test
  void theIssuersHotlineIsGivenWhenTheDirectoryKnowsItOtherwiseTheBackOfTheCard() {
    assertThat(IssuerContactKit.of(referWithKnownIssuer(), ZH_HANS).channels().items())
        .first().isEqualTo("拨打中国工商银行客服热线：95588");
    assertThat(IssuerContactKit.of(KitScenarios.refer(false), Locale.ENGLISH).channels().items())
        .first().isEqualTo("Call the customer-service number printed on the back of the card.");
  }

  @Test
  void theEmailIsFilledFromThePaymentAndHoldsNoMoreOfTheCardThanItsLastFourDigits() {
    IssuerContactKit kit = IssuerContactKit.of(referWithKnownIssuer(), Locale.ENGLISH);
    String email = kit.email().subject() + "\n" + kit.email().body();
    assertThat(email).startsWith("Declined card payment").contains("中国工商银行 customer service,")
        .contains("Response code: 01 (UnionPay)").contains("Card ending in 0128").contains("Merchant 898310*****1234")
        .doesNotContain(PAN.substring(6, 15)).doesNotContain(PAN.substring(0, 6));
    for (Locale l : MessageCatalog.standard().locales()) {
      String text = IssuerContactKit.of(referWithKnownIssuer(), l).text();
      assertThat(text).as(l.toLanguageTag()).doesNotContain(PAN.substring(6, 15)).doesNotContain(PAN);
    }
  }

  @Test
  void theSelfCheckPutsTheTerminalAndNetworkBeforeTheCardAndTheKitIsLocalized() {
    IssuerContactKit ja = IssuerContactKit.of(referWithKnownIssuer(), Locale.JAPANESE);
    assertThat(ja.selfCheck().items()).hasSize(5);
    assertThat(ja.selfCheck().items().get(0)).isEqualTo("端末を再起動する。");
    assertThat(ja.selfCheck().items().get(1)).isEqualTo("ネットワーク接続を確認する。");
    assertThat(ja.prevention().items()).hasSize(6);
    assertThat(IssuerContactKit.of(referWithKnownIssuer(), Locale.forLanguageTag("zh-TW")).title()).isEqualTo("聯絡發卡銀行");
  }

  @Test
  void aFollowUpRecordSurvivesSerializationAndRendersInTheLocale() throws IOException, ClassNotFoundException {
    FollowUpRecord record = new FollowUpRecord(
        ZonedDateTime.parse("2026-02-17T15:30:00+08:00[Asia/Shanghai]"), ContactChannel.PHONE,
        "Ms Li, card services", "The account limit was reached", "Raise the limit within 2 days",
        LocalDate.of(2026, 2, 19));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(record);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(record);
    }
    List<String> lines = IssuerContactKit.followUpLines(record, ZH_HANS, MessageCatalog.standard());
    assertThat(lines).containsExactly("跟进记录", "时间：2026-02-17 15:30:00 +08:00", "方式：电话",
        "对接人员：Ms Li, card services", "对方答复：The account limit was reached",
        "对方承诺：Raise the limit within 2 days", "下次检查：2026-02-19");
  }

  @Test
  void aFollowUpRecordRefusesACardNumberWithoutEchoingIt() {
    assertThatThrownBy(() -> new FollowUpRecord(ZonedDateTime.parse("2026-02-17T15:30:00+08:00"), ContactChannel.EMAIL,
        "", "card " + PAN + " is blocked", "", LocalDate.of(2026, 2, 18)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answer")
        .message().doesNotContain(PAN.substring(6, 15));
    assertThatThrownBy(() -> new FollowUpRecord(ZonedDateTime.parse("2026-02-17T15:30:00+08:00"), ContactChannel.EMAIL,
        "", "", "", LocalDate.of(2026, 2, 1)))
        .hasMessageContaining("nextCheck");
  }
}
