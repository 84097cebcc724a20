package dev.posdx.examples.vendorlocale;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.CheckMode;
import dev.posdx.i18n.GuidanceRenderer;
import dev.posdx.i18n.LocaleNegotiator;
import dev.posdx.i18n.MessageCatalog;
import dev.posdx.i18n.MissingText;
import dev.posdx.i18n.display.DisplayProfile;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A terminal vendor adds a language posdx does not ship (Italian, from a directory of bundle
 * files) and overrides one shipped message (the English advice to use another payment, to mention the QR-code
 * payment its terminals offer), without forking posdx. The Italian bundle is a first cut, so the
 * catalog is built leniently: a missing Italian text falls back to English, and the catalog lists
 * what is still missing for the translators.
 *
 * <p>Run: {@code java -cp ... dev.posdx.examples.vendorlocale.VendorLocaleExample [DIR]}; the
 * directory defaults to {@code sdk-examples/examples/vendor-locale}.
 */
public final class VendorLocaleExample {

  static final Locale ITALIAN = Locale.ITALIAN;

  private VendorLocaleExample() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args the vendor's bundle directory; optional
   */
  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0]) : defaultDirectory();
    run(dir, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Builds the vendor's catalog from {@code dir} and renders two declines with it.
   *
   * @param dir the directory of the vendor's {@code messages_*.properties}
   * @param out where the rendered declines are printed
   * @return the catalog built
   * @throws dev.posdx.i18n.BundleException naming the file, line and key when a bundle is bad
   */
  public static MessageCatalog run(Path dir, PrintStream out) {
    MessageCatalog catalog = MessageCatalog.builder()
        .addBuiltIns()
        .addDirectory(dir) // messages_it.properties: the locale comes from the file name
        .override(Locale.ENGLISH, "retry.with-change.another-payment",
            "Ask for another card, or offer the QR-code payment on this terminal.")
        .checkMode(CheckMode.LENIENT) // a partial translation falls back to English
        .build();
    GuidanceRenderer renderer = new GuidanceRenderer(catalog);
    LocaleNegotiator negotiator = LocaleNegotiator.of(catalog);

    // An Italian card (EMV 5F2D "it") in a Milan shop; the cashier's terminal is set to Italian.
    for (String code : new String[] {"51", "54"}) {
      TransactionOutcome outcome = TransactionOutcome.builder(Network.VISA)
          .responseCode(code)
          .cardLanguagePreference("iten")
          .merchant(MerchantContext.builder().country(CountryCode.of("IT")).build())
          .build();
      Diagnosis d = Diagnoser.standard().diagnose(outcome);
      Locale cardholder = negotiator.forCardholder(Optional.empty(), outcome);
      out.println("Visa " + code + " -> " + d.cause() + "; cardholder language " + cardholder.toLanguageTag());
      out.println("  cashier 16x2:    " + String.join(" / ",
          renderer.render(d, Audience.CASHIER, ITALIAN, DisplayProfile.LCD_16X2).lines()));
      out.println("  cardholder:      " + renderer.render(d, Audience.CARDHOLDER, cardholder).text());
      renderer.render(d, Audience.CASHIER, ITALIAN).steps().forEach(s -> out.println("  cashier step:    " + s));
      renderer.render(d, Audience.CASHIER, Locale.ENGLISH).steps().forEach(s -> out.println("  English step:    " + s));
      out.println("  English retry:   " + renderer.render(d, Audience.CASHIER, Locale.ENGLISH).retry());
      out.println();
    }
    Set<MissingText> missing = catalog.missingTexts();
    out.println("Texts the Italian translators still owe (seen so far): " + missing.size());
    missing.stream().map(m -> "  " + m.key()).sorted().limit(5).forEach(out::println);
    return catalog;
  }

  private static Path defaultDirectory() {
    Path fromRoot = Path.of("sdk-examples", "examples", "vendor-locale");
    return Files.isDirectory(fromRoot) ? fromRoot : Path.of("examples", "vendor-locale");
  }
}
