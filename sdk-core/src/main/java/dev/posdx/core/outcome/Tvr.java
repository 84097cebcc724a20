package dev.posdx.core.outcome;

import java.util.Locale;

/**
 * EMV Terminal Verification Results (tag 95): five bytes of flags the terminal set while
 * processing the card. Held as a 40-bit number; byte 1 is the most significant.
 *
 * @since 0.1
 */
public record Tvr(long bits) {

  private static final long MASK = 0xFF_FFFF_FFFFL;

  /**
   * @param bits the five bytes as a 40-bit number, byte 1 most significant
   * @throws IllegalArgumentException if a bit above the 40th is set
   */
  public Tvr {
    if (!((bits & ~MASK) == 0)) {
      throw new IllegalArgumentException("TVR holds 5 bytes");
    }
  }

  /**
   * Parses ten hex digits, for example {@code "0000008000"}; either case.
   *
   * @param hex the ten digits
   * @return the TVR
   * @throws IllegalArgumentException if it is not ten hex digits
   */
  public static Tvr ofHex(String hex) {
    if (hex.length() != 10) {
      throw new IllegalArgumentException("TVR must be 10 hex digits, got " + hex.length() + " characters");
    }
    long bits = 0;
    for (int i = 0; i < 10; i++) {
      int digit = Character.digit(hex.charAt(i), 16);
      if (digit < 0) {
        throw new IllegalArgumentException("TVR must be 10 hex digits; character " + (i + 1) + " is not hex");
      }
      bits = (bits << 4) | digit;
    }
    return new Tvr(bits);
  }

  /**
   * True when the bit is set; {@code byteIndex} 1–5 and {@code bit} 8 (most significant) to 1,
   * as EMV Book 3 Annex C5 numbers them.
   *
   * @param byteIndex the byte, 1-5
   * @param bit the bit in the byte, 8 (most significant) to 1
   * @return true when the bit is set
   * @throws IllegalArgumentException if either is out of range
   */
  public boolean isSet(int byteIndex, int bit) {
    if (!(byteIndex >= 1 && byteIndex <= 5)) {
      throw new IllegalArgumentException("TVR byte must be 1-5, got " + byteIndex);
    }
    if (!(bit >= 1 && bit <= 8)) {
      throw new IllegalArgumentException("TVR bit must be 1-8, got " + bit);
    }
    return (bits & mask(byteIndex, bit)) != 0;
  }

  /**
   * The 40-bit mask of one TVR bit, for {@link #hasAll} and {@link #Tvr(long)}. Unchecked: pass
   * the numbers {@link #isSet} accepts.
   *
   * @param byteIndex the byte, 1-5
   * @param bit the bit in the byte, 8 (most significant) to 1
   * @return a number with only that bit set
   */
  public static long mask(int byteIndex, int bit) {
    return 1L << ((5 - byteIndex) * 8 + (bit - 1));
  }

  /**
   * True when every bit of {@code mask} is set.
   *
   * @param mask bits built with {@link #mask}
   * @return true when all are set; true for an empty mask
   */
  public boolean hasAll(long mask) {
    return (bits & mask) == mask;
  }

  /** {@return the ten upper-case hex digits, as {@link #ofHex} reads them} */
  public String toHex() {
    return String.format(Locale.ROOT, "%010X", bits);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
