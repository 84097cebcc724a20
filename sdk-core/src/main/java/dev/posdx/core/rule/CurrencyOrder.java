package dev.posdx.core.rule;

import java.util.Comparator;
import java.util.Currency;

/** Currencies by ISO 4217 code (they are not {@link Comparable}); a named class, not a lambda spun at start-up. */
final class CurrencyOrder implements Comparator<Currency> {
  @Override
  public int compare(Currency a, Currency b) {
    return a.getCurrencyCode().compareTo(b.getCurrencyCode());
  }
}
