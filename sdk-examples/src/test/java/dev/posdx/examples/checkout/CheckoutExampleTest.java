package dev.posdx.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.i18n.MessageCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CheckoutExampleTest {

  private static String run(String code, String cashier, String cardLanguages, Diagnosis[] diagnosis) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    diagnosis[0] = new CheckoutExample(Diagnoser.standard(), MessageCatalog.standard())
        .checkout(code, Locale.forLanguageTag(cashier), cardLanguages, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheCashierInChineseAndAForeignCardholderInEnglish() {
    Diagnosis[] d = new Diagnosis[1];
    String out = run("51", "zh-CN", "en", d);
    assertThat(d[0].cause().id()).isEqualTo("account.insufficient-funds");
    assertThat(out).contains("Cashier display (zh-CN)").contains("余额")
        .contains("Cardholder display (en").contains("**** 0128").doesNotContain("021234567890");
  }

  @Test
  void everyDisplayLineFitsSixteenColumnsAndTheReceiptThirtyTwo() {
    String out = run("05", "zh-CN", "zhen", new Diagnosis[1]);
    List<String> boxLines = out.lines().filter(l -> l.startsWith("|")).toList();
    assertThat(boxLines).hasSize(4).allSatisfy(l -> assertThat(CheckoutExample.width(l)).isEqualTo(18));
    String receipt = out.substring(out.indexOf("Receipt"));
    assertThat(receipt.lines().skip(1)).allSatisfy(l -> assertThat(CheckoutExample.width(l)).isLessThanOrEqualTo(32));
  }
}
