package dev.posdx.core.rule;

import java.util.Comparator;
import java.util.Currency;

/**
 * Orders the matchers keep their values in. One named class for both orders, not lambdas or one
 * anonymous class each: every class the built-in packs load costs start-up time.
 */
final class ValueOrders<T> implements Comparator<T> {

  /** Currencies by ISO 4217 code: they are not {@link Comparable}. */
  static final Comparator<Currency> BY_CURRENCY_CODE = new ValueOrders<>(true);

  /** Date ranges by their first day. */
  static final Comparator<Matcher.DateRange> BY_FIRST_DAY = new ValueOrders<>(false);

  private final boolean currencies;

  private ValueOrders(boolean currencies) {
    this.currencies = currencies;
  }

  @Override
  public int compare(T a, T b) {
    return currencies
        ? ((Currency) a).getCurrencyCode().compareTo(((Currency) b).getCurrencyCode())
        : ((Matcher.DateRange) a).from().compareTo(((Matcher.DateRange) b).from());
  }
}
