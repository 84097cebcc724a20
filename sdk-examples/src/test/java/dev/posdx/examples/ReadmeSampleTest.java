package dev.posdx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.GuidanceRenderer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code sample in the root README, run as written, so the README cannot drift from the code. */
class ReadmeSampleTest {

  @Test
  void theReadmeSampleDoesWhatItsCommentsSay() {
    Diagnoser diagnoser = Diagnoser.standard();
    Diagnosis d = diagnoser.diagnose(
        TransactionOutcome.builder(Network.UNIONPAY)
            .responseCode("01")
            .pan("6222021234567890128")
            .build());

    assertThat(d.outcome().pan()).map(Object::toString).contains("622202*********0128");
    assertThat(d.cause().id()).isEqualTo("issuer.refer");
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(d.issuer()).map(Issuer::name).contains("中国工商银行");
    assertThat(d.issuer()).flatMap(Issuer::hotline).contains("95588");

    GuidanceRenderer renderer = GuidanceRenderer.standard();
    assertThat(renderer.render(d, Audience.CASHIER, Locale.forLanguageTag("zh-Hans")).text())
        .isEqualTo("发卡行要求持卡人联系发卡行。本次交易不要再用这张卡。换一张卡或换一种支付方式。请顾客联系发卡行：只有发卡行能说明原因或解除限制。");
    assertThat(renderer.render(d, Audience.CARDHOLDER, Locale.forLanguageTag("zh-Hant")).text())
        .isEqualTo("很抱歉，您的發卡銀行請您就這筆交易與其聯絡。請改用其他卡片或付款方式。請聯絡中国工商银行：95588。");
  }
}
