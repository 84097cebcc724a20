package dev.posdx.core.outcome;

/**
 * Checks the merchant-side identifiers (acquirer, chain, store, merchant and terminal ids):
 * 1–40 letters, digits, {@code . _ -}. The error never echoes the value, which may be a card
 * number pasted into the wrong field.
 */
final class Identifier {

  static final int MAX_LENGTH = 40;

  private Identifier() {}

  static String check(String field, String value) {
    if (!(!value.isEmpty() && value.length() <= MAX_LENGTH)) {
      throw new IllegalArgumentException(field + " must be 1-" + MAX_LENGTH + " characters, got " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!ok) {
        throw new IllegalArgumentException(field + " may hold only letters, digits, '.', '_' and '-' (position " + (i + 1) + ")");
      }
    }
    return value;
  }
}
