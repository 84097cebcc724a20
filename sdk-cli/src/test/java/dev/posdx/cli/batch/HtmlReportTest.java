package dev.posdx.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.examples.contract.RenderedGuidance;
import dev.posdx.examples.contract.LineError;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static BatchReport.Snapshot snapshot(Locale locale) {
    long[] hours = new long[24];
    hours[12] = 7;
    hours[20] = 1;
    return new BatchReport.Snapshot(
        "auth <log>.csv", locale, 9, 8, 1,
        List.of(
            new BatchReport.Dimension("category", List.of(new Count("ACCOUNT", 5), new Count("ISSUER", 3))),
            new BatchReport.Dimension("cause", List.of(new Count("account.insufficient-funds", 5), new Count("issuer.refer", 3))),
            new BatchReport.Dimension("store", List.of(new Count("s-001", 8))),
            new BatchReport.Dimension("issuer", List.of(new Count("ICBC", 8))),
            new BatchReport.Dimension("network", List.of(new Count("UNIONPAY", 8)))),
        hours, 0,
        List.of(new BatchReport.TopCause("account.insufficient-funds", "ACCOUNT", 5, locale, "Ask for <another> payment",
            "Card 6222021234567890128 had too little money", List.of(
                new RenderedGuidance.StepText(Audience.CASHIER, "ask-another-payment", "Ask for another payment method")))),
        List.of(LineError.ofField(4, "terminal.reader", "unknown value \"BROKEN\"")),
        List.of(new Count("terminal.reader", 1)));
  }

  private static String html(Locale locale) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(snapshot(locale), out);
    return out.toString();
  }

  @Test
  void hasEverySectionWithAChart() throws IOException {
    String html = html(Locale.ENGLISH);
    for (String id : List.of("summary", "by-category", "by-cause", "by-store", "by-issuer", "by-network", "by-hour",
        "top-causes", "errors")) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    assertThat(html.split("<svg", -1)).hasSize(1 + 6);
    assertThat(html.split("<table class=\"data\"", -1)).as("a table beside each chart").hasSize(1 + 6);
    assertThat(html).contains("data-cause=\"account.insufficient-funds\"").contains("Ask for another payment method")
        .contains("terminal.reader");
    assertThat(html).as("causes and categories by name, not id").contains(">Account<").doesNotContain(">ACCOUNT<");
  }

  @Test
  void isSelfContained() throws IOException {
    String html = html(Locale.ENGLISH);
    assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "@import", "src=", "url(");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
  }

  @Test
  void escapesTextAndNeverShowsACardNumber() throws IOException {
    String html = html(Locale.ENGLISH);
    assertThat(html).contains("auth &lt;log&gt;.csv").contains("Ask for &lt;another&gt; payment");
    assertThat(html).doesNotContain("6222021234567890128").contains("622202*********0128");
  }

  @Test
  void headingsFollowTheLocaleWithoutCrossingScripts() throws IOException {
    assertThat(html(Locale.forLanguageTag("zh-CN"))).contains("按原因").contains("lang=\"zh-CN\"");
    assertThat(html(Locale.forLanguageTag("zh-TW"))).contains("按門市").doesNotContain("按门店");
    assertThat(html(Locale.forLanguageTag("ja"))).contains("原因別").doesNotContain("By cause");
    assertThat(html(Locale.forLanguageTag("zh-HK"))).contains("lang=\"zh-HK\"").contains("按門市");
  }
}
