package dev.posdx.examples.contract;

import dev.posdx.core.outcome.CardNumbers;

/**
 * The last line of defence for card numbers in everything the command line writes. It applies
 * the core's one rule ({@link CardNumbers}): any run of 12 or more digits, Luhn-valid or not,
 * written with or without separators, is cut to its first six and last four digits. A merchant or
 * terminal id that is a long digit run is masked too: a false alarm costs less than a leak.
 */
public final class PanRedactor {

  private PanRedactor() {}

  /**
   * The text with every card-number-like run of digits masked, as {@link
   * dev.posdx.core.outcome.CardNumbers#redact} does.
   *
   * @param text any text
   * @return the masked text
   */
  public static String redact(String text) {
    return CardNumbers.redact(text);
  }

  /**
   * Whether {@link #redact} would change the text.
   *
   * @param text any text
   * @return true when it holds a run of digits that could be a card number
   */
  public static boolean holdsPan(String text) {
    return CardNumbers.holdsCardNumber(text);
  }
}
