package dev.posdx.core.outcome;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A transaction amount in an ISO 4217 currency. Never negative.
 *
 * @since 0.1
 */
public record Amount(BigDecimal value, Currency currency) {

  public Amount {
    checkArgument(value.signum() >= 0, "amount must not be negative, got %s", value);
  }

  /** {@code Amount.of("12.50", "CNY")}; the currency must be an ISO 4217 code. */
  public static Amount of(String value, String currencyCode) {
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount must be a decimal number such as 12.50", e);
    }
    return new Amount(parsed, currency(currencyCode));
  }

  /** Looks up an ISO 4217 currency with an error that names the field. */
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
