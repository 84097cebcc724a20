package dev.posdx.examples.checkout;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.i18n.GuidanceRenderer;
import dev.posdx.i18n.LocaleNegotiator;
import dev.posdx.i18n.MessageCatalog;
import dev.posdx.i18n.display.ColumnWidth;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A POS checkout that fails, as an app embedding posdx handles it: the terminal builds the
 * outcome, the diagnoser explains it, and the renderer lays out the cashier's and the cardholder's
 * text for two 16×2 character displays and the decline slip for a 32-column receipt printer. The
 * cashier reads the terminal's language; the cardholder's is negotiated from the card (EMV 5F2D).
 *
 * <p>Run: {@code java -cp ... dev.posdx.examples.checkout.CheckoutExample [CODE] [CASHIER-LOCALE]
 * [CARD-LANGUAGES]}, for example {@code 51 zh-CN en}. See {@code sdk-examples/examples/checkout}.
 */
public final class CheckoutExample {

  private static final DateTimeFormatter RECEIPT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final Diagnoser diagnoser;
  private final GuidanceRenderer renderer;
  private final LocaleNegotiator negotiator;

  /**
   * A checkout that diagnoses with {@code diagnoser} and speaks with {@code catalog}'s bundles.
   *
   * @param diagnoser the engine
   * @param catalog the bundles the guidance comes from
   */
  public CheckoutExample(Diagnoser diagnoser, MessageCatalog catalog) {
    this.diagnoser = diagnoser;
    this.renderer = new GuidanceRenderer(catalog);
    this.negotiator = LocaleNegotiator.of(catalog);
  }

  /**
   * Runs one declined checkout and prints what each person is told.
   *
   * @param args the response code (default {@code 51}), the cashier's locale (default
   *     {@code zh-CN}) and the card's EMV 5F2D languages (default {@code en}); all optional
   */
  public static void main(String[] args) {
    String code = args.length > 0 ? args[0] : "51";
    Locale cashier = Locale.forLanguageTag(args.length > 1 ? args[1] : "zh-CN");
    String cardLanguages = args.length > 2 ? args[2] : "en";
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new CheckoutExample(Diagnoser.standard(), MessageCatalog.standard()).checkout(code, cashier, cardLanguages, out);
  }

  /**
   * One sale of CNY 268.00 with a foreign card in a Shanghai store, declined with {@code code}.
   *
   * @param code the host's response code, such as {@code 51}
   * @param cashierLocale the cashier's language
   * @param cardLanguages the card's EMV 5F2D value, such as {@code zhen}
   * @param out where the cashier's and cardholder's text is printed
   * @return the diagnosis
   */
  public Diagnosis checkout(String code, Locale cashierLocale, String cardLanguages, PrintStream out) {
    // What the terminal knows after the host answered: never the PIN, never the full card number.
    TransactionOutcome outcome = TransactionOutcome.builder(Network.UNIONPAY)
        .responseCode(code)
        .transactionType(TransactionType.SALE)
        .entryMode(EntryMode.CHIP)
        .pan("6222021234567890128") // masked the moment it enters: 622202*********0128
        .cardLanguagePreference(cardLanguages)
        .amount(Amount.of("268.00", "CNY"))
        .merchant(MerchantContext.builder().country(CountryCode.of("CN")).merchantId("898310048161234")
            .terminalId("10293847").storeId("sh-jingan-01").build())
        .time(ZonedDateTime.parse("2026-03-12T15:42:10+08:00"))
        .attempt(1)
        .build();

    Diagnosis diagnosis = diagnoser.diagnose(outcome);
    Locale cardholderLocale = negotiator.withVendorDefault(cashierLocale).forCardholder(Optional.empty(), outcome);

    out.println("Sale CNY 268.00, UnionPay card " + outcome.pan().orElseThrow().masked() + ", host answered " + code);
    out.println("Diagnosis: " + diagnosis.cause() + " (" + diagnosis.category() + "), retry " + diagnosis.retry());
    out.println();
    DisplayText cashierLcd = renderer.render(diagnosis, Audience.CASHIER, cashierLocale, DisplayProfile.LCD_16X2);
    box(out, "Cashier display (" + cashierLocale.toLanguageTag() + ")", cashierLcd, 16);
    DisplayText cardholderLcd = renderer.render(diagnosis, Audience.CARDHOLDER, cardholderLocale, DisplayProfile.LCD_16X2);
    box(out, "Cardholder display (" + cardholderLocale.toLanguageTag() + ", from card languages \"" + cardLanguages + "\")",
        cardholderLcd, 16);

    out.println("Receipt (32 columns, for the cardholder):");
    DisplayText slip = renderer.render(diagnosis, Audience.CARDHOLDER, cardholderLocale, DisplayProfile.RECEIPT_32);
    String rule = "-".repeat(32);
    out.println(rule);
    out.println(columns("MERCHANT", "898310048161234"));
    out.println(columns("TERMINAL", "10293847"));
    out.println(columns("CARD", outcome.pan().orElseThrow().forCardholder())); // last four only
    out.println(columns("AMOUNT", "CNY 268.00"));
    out.println(columns("RESPONSE", code));
    out.println(columns("TIME", RECEIPT_TIME.format(outcome.time().orElseThrow())));
    out.println(rule);
    slip.lines().forEach(out::println);
    out.println(rule);
    return diagnosis;
  }

  private static void box(PrintStream out, String title, DisplayText text, int columns) {
    out.println(title + ":");
    out.println("+" + "-".repeat(columns) + "+");
    List<String> lines = text.lines();
    for (int row = 0; row < 2; row++) {
      String line = row < lines.size() ? lines.get(row) : "";
      out.println("|" + line + " ".repeat(Math.max(0, columns - width(line))) + "|");
    }
    out.println("+" + "-".repeat(columns) + "+" + (text.fits() ? "" : "  (does not fit: shown whole)"));
    out.println();
  }

  // East Asian wide characters take two columns on a character display.
  static int width(String s) {
    return ColumnWidth.of(s);
  }

  private static String columns(String label, String value) {
    int gap = Math.max(1, 32 - label.length() - value.length());
    return label + " ".repeat(gap) + value;
  }
}
