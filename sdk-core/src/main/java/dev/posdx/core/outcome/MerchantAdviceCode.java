package dev.posdx.core.outcome;

/**
 * A Mastercard Merchant Advice Code (DE 48 subelement 84): two digits telling the merchant
 * whether and when a declined transaction may be tried again.
 *
 * @since 0.1
 */
public record MerchantAdviceCode(String value) implements Comparable<MerchantAdviceCode> {

  /**
   * @param value two ASCII digits, such as {@code 03}
   * @throws IllegalArgumentException if it is not two digits
   */
  public MerchantAdviceCode {
    if (!(value.length() == 2 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(1)) && value.charAt(0) < 128 && value.charAt(1) < 128)) {
      throw new IllegalArgumentException("merchant advice code must be 2 digits, got " + ResponseCode.quoted(value));
    }
  }

  /**
   * {@return the code}
   *
   * @param value two ASCII digits, such as {@code 03}
   * @throws IllegalArgumentException if it is not two digits
   */
  public static MerchantAdviceCode of(String value) {
    return new MerchantAdviceCode(value);
  }

  @Override
  public int compareTo(MerchantAdviceCode other) {
    return value.compareTo(other.value);
  }

  // Written out, the same values the record's would give: a generated one links method handles at start-up.
  @Override
  public boolean equals(Object o) {
    return o instanceof MerchantAdviceCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
