package dev.posdx.examples.contract;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.diagnosis.Audience;
import java.util.List;
import java.util.Locale;

/**
 * A diagnosis rendered for people: the cashier's, cardholder's and merchant's messages, one text
 * per step, and the languages chosen. The cashier and merchant read {@code cashierLocale}; the
 * cardholder reads {@code cardholderLocale}, negotiated from the card.
 */
public record RenderedGuidance(
    Locale cashierLocale,
    Locale cardholderLocale,
    String cashier,
    String cardholder,
    String merchant,
    List<StepText> steps) {

  /**
   * @param cashierLocale the cashier's and merchant's language
   * @param cardholderLocale the cardholder's language, negotiated from the card
   * @param cashier the cashier's message
   * @param cardholder the cardholder's message
   * @param merchant the merchant's message
   * @param steps one text per step; copied
   */
  public RenderedGuidance {
    steps = ImmutableList.copyOf(steps);
  }

  /** One step with its rendered text. */
  public record StepText(Audience audience, String action, String text) {}
}
