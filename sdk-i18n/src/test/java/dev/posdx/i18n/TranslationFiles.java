package dev.posdx.i18n;

import dev.posdx.i18n.internal.BundleCheck;
import dev.posdx.i18n.internal.PluralCategory;
import dev.posdx.i18n.internal.PluralRules;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Builds complete bundles for tests from the root bundle, so vendor-extension tests stay short. */
final class TranslationFiles {

  private TranslationFiles() {}

  /**
   * A complete bundle for {@code locale}: every root key with {@code text} applied to the root's
   * text, and the plural forms the locale needs.
   */
  static String complete(Locale locale, UnaryOperator<String> text) {
    Map<String, Message> root = ShippedBundles.root();
    StringBuilder out = new StringBuilder("# test bundle for ").append(locale.toLanguageTag()).append('\n');
    for (Message m : root.values()) {
      if (m.key().endsWith(".one") || m.key().endsWith(".other")) {
        continue;
      }
      out.append(m.key()).append('=').append(escape(text.apply(m.text()))).append('\n');
    }
    for (String base : BundleCheck.pluralBases(root)) {
      for (PluralCategory c : PluralRules.of(locale).categories()) {
        String source = root.get(base + ".other").text();
        out.append(base).append('.').append(c.suffix()).append('=')
            .append(escape(text.apply(source)).replace("{n}", "{n}" + "[" + c.suffix() + "]")).append('\n');
      }
    }
    return out.toString();
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
