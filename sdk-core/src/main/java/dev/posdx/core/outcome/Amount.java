package dev.posdx.core.outcome;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A transaction amount in an ISO 4217 currency. Never negative.
 *
 * @since 0.1
 */
public record Amount(BigDecimal value, Currency currency) {

  /**
   * @param value the amount in the currency's major unit (12.50 is twelve and a half yuan); not negative
   * @param currency the ISO 4217 currency
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public Amount {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative, got " + value);
    }
  }

  /**
   * {@return an amount parsed as {@code Amount.of("12.50", "CNY")}}
   *
   * @param value a decimal number in the major unit, such as {@code "12.50"}; not negative
   * @param currencyCode an ISO 4217 code, such as {@code CNY}
   * @throws IllegalArgumentException naming the field when the number or the code is bad
   */
  public static Amount of(String value, String currencyCode) {
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount must be a decimal number such as 12.50", e);
    }
    return new Amount(parsed, currency(currencyCode));
  }

  /**
   * Looks up an ISO 4217 currency with an error that names the field.
   *
   * @param code the three-letter code, such as {@code CNY}
   * @return the currency
   * @throws IllegalArgumentException if the code is not an ISO 4217 code
   */
  public static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as CNY, got " + ResponseCode.quoted(code), e);
    }
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + currency.getCurrencyCode();
  }
}
