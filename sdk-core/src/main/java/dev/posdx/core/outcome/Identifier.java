package dev.posdx.core.outcome;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Checks the merchant-side identifiers (acquirer, chain, store, merchant and terminal ids):
 * 1–40 letters, digits, {@code . _ -}. The error never echoes the value, which may be a card
 * number pasted into the wrong field.
 */
final class Identifier {

  static final int MAX_LENGTH = 40;

  private Identifier() {}

  static String check(String field, String value) {
    checkArgument(
        !value.isEmpty() && value.length() <= MAX_LENGTH,
        "%s must be 1-%s characters, got %s",
        field,
        MAX_LENGTH,
        value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      checkArgument(ok, "%s may hold only letters, digits, '.', '_' and '-' (position %s)", field, i + 1);
    }
    return value;
  }
}
