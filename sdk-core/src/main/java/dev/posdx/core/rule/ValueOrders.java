package dev.posdx.core.rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;

/** Orders the matchers keep their values in; named classes, not lambdas spun at start-up. */
final class ValueOrders {

  /** Currencies by ISO 4217 code: they are not {@link Comparable}. */
  static final Comparator<Currency> BY_CURRENCY_CODE = new Comparator<Currency>() {
    @Override
    public int compare(Currency a, Currency b) {
      return a.getCurrencyCode().compareTo(b.getCurrencyCode());
    }
  };

  /** Date ranges by their first day. */
  static final Comparator<Matcher.DateRange> BY_FIRST_DAY = new Comparator<Matcher.DateRange>() {
    @Override
    public int compare(Matcher.DateRange a, Matcher.DateRange b) {
      LocalDate from = a.from();
      return from.compareTo(b.from());
    }
  };

  private ValueOrders() {}
}
