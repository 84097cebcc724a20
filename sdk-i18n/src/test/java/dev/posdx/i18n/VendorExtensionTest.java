package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Audience;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorExtensionTest {

  private static final Locale SW = Locale.forLanguageTag("sw");
  private static final Locale ZH_HANS = Locale.forLanguageTag("zh-Hans");

  @TempDir Path dir;

  @Test
  void aVendorAddsALocaleFromADirectoryAndTheCardholderGetsIt() throws IOException {
    Files.writeString(dir.resolve("messages_sw.properties"), TranslationFiles.complete(SW, s -> s)
        .replace("cause.account.insufficient-funds.cardholder.short=Funds too low",
            "cause.account.insufficient-funds.cardholder.short=Salio haitoshi"), StandardCharsets.UTF_8);
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns().addDirectory(dir).build();
    Locale chosen = LocaleNegotiator.of(catalog).forCardholder(Optional.empty(), List.of("sw", "en"), Optional.empty());
    assertThat(chosen).isEqualTo(SW);
    Guidance g = new GuidanceRenderer(catalog).render(Scenarios.unionpay51(), Audience.CARDHOLDER, chosen);
    assertThat(g.shortText()).contains("Salio haitoshi");
  }

  @Test
  void aVendorAddsALocaleFromTheClassPath() {
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns()
        .addResource(getClass().getClassLoader(), "vendor/messages_nl.properties")
        .build();
    assertThat(catalog.format(Locale.forLanguageTag("nl-BE"), "cause.card.expired.cashier.short", ImmutableMap.of()))
        .contains("Kaart verlopen");
  }

  @Test
  void aVendorOverridesOneMessage() {
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns()
        .override(ZH_HANS, "contact.issuer.cardholder.hotline", "请拨打{issuer}客服电话{hotline}，或到任一网点咨询。")
        .build();
    Guidance g = new GuidanceRenderer(catalog).render(Scenarios.unionpay01(), Audience.CARDHOLDER, ZH_HANS);
    assertThat(g.contact()).contains("请拨打中国工商银行客服电话95588，或到任一网点咨询。");
    ImmutableMap<String, String> args = ImmutableMap.of("issuer", "中国工商银行", "hotline", "95588");
    assertThat(MessageCatalog.standard().format(ZH_HANS, "contact.issuer.cardholder.hotline", args))
        .isNotEqualTo(catalog.format(ZH_HANS, "contact.issuer.cardholder.hotline", args));
  }

  @Test
  void strictModeNamesTheFileTheKeyAndTheProblemOfEveryFault() throws IOException {
    String bundle = TranslationFiles.complete(SW, s -> s)
        .replace("step.retry-now=Try the payment again now.", "step.retry-now=Card {pan} failed, call 4008200588.")
        .replaceAll("(?m)^cause\\.card\\.expired\\.cashier\\.long=.*\\n", "");
    Files.writeString(dir.resolve("messages_sw.properties"), bundle, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MessageCatalog.builder().addBuiltIns().addDirectory(dir).build())
        .isInstanceOfSatisfying(BundleException.class, e -> {
          assertThat(e.problems()).extracting(BundleProblem::key)
              .contains("step.retry-now", "cause.card.expired.cashier.long");
          assertThat(e.getMessage())
              .contains("messages_sw.properties")
              .contains("step.retry-now: placeholder {pan} could carry card data")
              .contains("a run of 10 digits")
              .contains("cause.card.expired.cashier.long: missing key");
        });
  }

  @Test
  void strictModeRejectsALatin1VendorFileWithItsLine() throws IOException {
    Files.write(dir.resolve("messages_fr.properties"),
        "# vendor\nstep.retry-now=Réessayez.\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> MessageCatalog.builder().addBuiltIns().addDirectory(dir).build())
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("messages_fr.properties:2")
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void lenientModeLogsAndFallsBackInsteadOfFailing() {
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns()
        .override(ZH_HANS, "step.retry-now", "立即重试 {pin}")
        .override(ZH_HANS, "cause.card.expired.cashier.short", "这张卡已经过了有效期限")
        .override(ZH_HANS, "step.not-a-step", "多余")
        .checkMode(CheckMode.LENIENT)
        .build();
    assertThat(catalog.format(ZH_HANS, "step.retry-now", ImmutableMap.of())).contains("立即重新交易。");
    assertThat(catalog.format(ZH_HANS, "cause.card.expired.cashier.short", ImmutableMap.of())).contains("卡已过期");
    assertThat(catalog.bundle(ZH_HANS).orElseThrow()).doesNotContainKey("step.not-a-step");
  }

  @Test
  void aRegionalBundleMayHoldOnlyWhatDiffers() {
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns()
        .override(Locale.forLanguageTag("zh-Hant-HK"), "step.tap-card", "請客人拍卡。")
        .build();
    Locale hk = Locale.forLanguageTag("zh-HK");
    assertThat(catalog.format(hk, "step.tap-card", ImmutableMap.of())).contains("請客人拍卡。");
    assertThat(catalog.format(hk, "step.insert-chip", ImmutableMap.of())).contains("請客人插入晶片卡。");
    assertThat(catalog.format(Locale.forLanguageTag("zh-TW"), "step.tap-card", ImmutableMap.of())).contains("請客人感應卡片。");
    assertThat(catalog.missingTexts()).isEmpty();
  }
}
