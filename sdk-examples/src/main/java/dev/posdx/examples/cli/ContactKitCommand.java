package dev.posdx.examples.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code posdx contact-kit}: what to have ready when contacting the issuer about one payment. */
@Command(
    name = "contact-kit",
    mixinStandardHelpOptions = true,
    header = "What to have ready when contacting the card issuer about one payment.",
    sortOptions = false,
    description = {
      "Prints the issuer-contact kit for one payment in the chosen language: who to call and the",
      "number, the facts to have ready (code, time, merchant and terminal ids, the card's last",
      "four digits, the amount) and what not to share (PIN, CVV, the full card number).",
      ""
    },
    footer = {"", "Example:", "  posdx contact-kit --network unionpay --code 01 --pan 6222021234567890128 --locale zh-CN"})
final class ContactKitCommand implements Callable<Integer> {

  @ParentCommand PosdxCommand root;

  @Mixin PackOptions packs;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "zh-CN", converter = LocaleConverter.class,
      description = "Language of the kit (default: ${DEFAULT-VALUE}).")
  Locale locale;

  @Mixin OutcomeOptions outcome;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("TEMPORARY: contact-kit waits for sdk-i18n");
  }
}
