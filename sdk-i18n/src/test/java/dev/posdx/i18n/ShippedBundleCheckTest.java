package dev.posdx.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped bundles are checked when posdx is built, here, with the full check a vendor can
 * still ask for at run time; a device reads them without checking, and only the locales it uses.
 */
class ShippedBundleCheckTest {

  private static final Locale ZH_HANS = Locale.forLanguageTag("zh-Hans");
  private static final String BASE = "faulty/messages";

  @TempDir Path dir;

  @Test
  void everyShippedBundlePassesTheFullCheck() {
    // The check MessageCatalog.standard() no longer repeats on every start-up: it fails the build,
    // naming the file, the line, the key and the problem of every fault.
    MessageCatalog checked = MessageCatalog.builder().addBuiltIns().checkShippedBundles().build();
    assertThat(checked.locales()).containsExactlyInAnyOrderElementsOf(MessageCatalog.standard().locales());
    assertThat(checked.missingTexts()).isEmpty();
  }

  @Test
  void shippedBundlesAreReadOnlyWhenTheirLocaleIsAskedForAndNotChecked() throws IOException {
    try (URLClassLoader loader = faultyCopy()) {
      MessageCatalog catalog = MessageCatalog.builder().addBuiltIns(loader, BASE).build();
      // Not checked: the faulty text is served as the file has it.
      assertThat(catalog.format(ZH_HANS, "step.retry-now", Map.of())).contains("立即重试 {0}");
      assertThat(catalog.locales()).contains(Locale.JAPANESE);
      // Not read until asked for: the unreadable Japanese file fails only now, naming its line.
      assertThatThrownBy(() -> catalog.format(Locale.JAPANESE, "step.retry-now", Map.of()))
          .isInstanceOf(BundleException.class)
          .hasMessageContaining(BASE + "_ja.properties:2")
          .hasMessageContaining("not UTF-8");
    }
  }

  @Test
  void askingForTheCheckNamesTheFileTheLineAndTheKeyOfEveryFault() throws IOException {
    try (URLClassLoader loader = faultyCopy()) {
      assertThatThrownBy(() -> MessageCatalog.builder().addBuiltIns(loader, BASE).checkShippedBundles().build())
          .isInstanceOfSatisfying(BundleException.class, e -> assertThat(e.getMessage())
              .contains(BASE + "_zh_Hans.properties:2: step.retry-now: a brace that is not a {name} placeholder")
              .contains(BASE + "_zh_Hans.properties: cause.card.expired.cashier.short: missing key")
              .contains(BASE + "_ja.properties:2")
              .contains("not UTF-8"));
    }
  }

  @Test
  void leniently_aFaultyShippedTextGivesWayToTheRoots() throws IOException {
    try (URLClassLoader loader = faultyCopy()) {
      MessageCatalog catalog = MessageCatalog.builder().addBuiltIns(loader, BASE)
          .checkShippedBundles().checkMode(CheckMode.LENIENT).build();
      assertThat(catalog.format(ZH_HANS, "step.retry-now", Map.of()))
          .isEqualTo(MessageCatalog.standard().format(Locale.ENGLISH, "step.retry-now", Map.of()));
    }
  }

  // The real root, a zh-Hans bundle with a numbered placeholder and most keys missing, and a
  // Japanese bundle saved as Shift_JIS.
  private URLClassLoader faultyCopy() throws IOException {
    Path base = dir.resolve(BASE);
    Files.createDirectories(base.getParent());
    try (InputStream root = getClass().getClassLoader().getResourceAsStream(MessageCatalog.BUILT_IN_BASE + ".properties")) {
      Files.write(Path.of(base + ".properties"), root.readAllBytes());
    }
    Files.writeString(Path.of(base + "_zh_Hans.properties"), "# faulty\nstep.retry-now=立即重试 {0}\n", UTF_8);
    Files.write(Path.of(base + "_ja.properties"),
        "# faulty\nstep.retry-now=もう一度\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
    return new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null);
  }
}
