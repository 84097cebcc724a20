package dev.posdx.core.outcome;

import dev.posdx.core.internal.ValueText;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the payment happened: the merchant's country and acquirer, the chain and store, and for
 * voids and refunds the store that took the original sale.
 *
 * @since 0.1
 */
public final class MerchantContext {

  // Built without the Builder: its class is then loaded only by code that sets a field.
  private static final MerchantContext UNKNOWN = new MerchantContext();

  private final Optional<CountryCode> country;
  private final Optional<String> acquirer;
  private final Optional<String> chainId;
  private final Optional<String> storeId;
  private final Optional<String> originalStoreId;
  private final Optional<String> merchantId;
  private final Optional<String> terminalId;

  private MerchantContext() {
    this.country = Optional.empty();
    this.acquirer = Optional.empty();
    this.chainId = Optional.empty();
    this.storeId = Optional.empty();
    this.originalStoreId = Optional.empty();
    this.merchantId = Optional.empty();
    this.terminalId = Optional.empty();
  }

  // Optionals are built once here: reading a field on the diagnose path allocates nothing.
  private MerchantContext(Builder b) {
    this.country = Optional.ofNullable(b.country);
    this.acquirer = Optional.ofNullable(b.acquirer);
    this.chainId = Optional.ofNullable(b.chainId);
    this.storeId = Optional.ofNullable(b.storeId);
    this.originalStoreId = Optional.ofNullable(b.originalStoreId);
    this.merchantId = Optional.ofNullable(b.merchantId);
    this.terminalId = Optional.ofNullable(b.terminalId);
  }

  /** {@return a context in which nothing is known} */
  public static MerchantContext unknown() {
    return UNKNOWN;
  }

  /** {@return a builder in which every field is unknown} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the merchant's country; empty when unknown} */
  public Optional<CountryCode> country() {
    return country;
  }

  /** {@return the acquirer's id as the pack set names it (for ACQUIRER-scoped packs)} */
  public Optional<String> acquirer() {
    return acquirer;
  }

  /** {@return the chain the store belongs to (for CHAIN-scoped packs); empty when unknown} */
  public Optional<String> chainId() {
    return chainId;
  }

  /** {@return the store that took the payment; empty when unknown} */
  public Optional<String> storeId() {
    return storeId;
  }

  /** {@return for a void or refund: the store that took the original sale} */
  public Optional<String> originalStoreId() {
    return originalStoreId;
  }

  /** {@return the acquirer's merchant id; empty when unknown} */
  public Optional<String> merchantId() {
    return merchantId;
  }

  /** {@return the terminal's id at the acquirer; empty when unknown} */
  public Optional<String> terminalId() {
    return terminalId;
  }

  /**
   * True when both stores are known and differ: the original sale belongs to another store of
   * the chain.
   *
   * @return false when either store is unknown or they are the same
   */
  public boolean originalStoreDiffers() {
    return storeId.isPresent() && originalStoreId.isPresent() && !storeId.equals(originalStoreId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MerchantContext m
        && Objects.equals(country, m.country)
        && Objects.equals(acquirer, m.acquirer)
        && Objects.equals(chainId, m.chainId)
        && Objects.equals(storeId, m.storeId)
        && Objects.equals(originalStoreId, m.originalStoreId)
        && Objects.equals(merchantId, m.merchantId)
        && Objects.equals(terminalId, m.terminalId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, acquirer, chainId, storeId, originalStoreId, merchantId, terminalId);
  }

  @Override
  public String toString() {
    // Ids are free text a card number can be pasted into.
    return CardNumbers.redact(ValueText.of(
        "MerchantContext",
        "country", country.orElse(null),
        "acquirer", acquirer.orElse(null),
        "chainId", chainId.orElse(null),
        "storeId", storeId.orElse(null),
        "originalStoreId", originalStoreId.orElse(null),
        "merchantId", merchantId.orElse(null),
        "terminalId", terminalId.orElse(null)));
  }

  /** Builds a {@link MerchantContext}; each field may be set once. Not thread-safe. */
  public static final class Builder {
    private @Nullable CountryCode country;
    private @Nullable String acquirer;
    private @Nullable String chainId;
    private @Nullable String storeId;
    private @Nullable String originalStoreId;
    private @Nullable String merchantId;
    private @Nullable String terminalId;

    private Builder() {}

    /**
     * Sets the merchant's country.
     *
     * @param country the country
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder country(CountryCode country) {
      if (this.country != null) {
        throw new IllegalStateException("country was already set to " + this.country);
      }
      this.country = country;
      return this;
    }

    /**
     * Sets the acquirer's id as the pack set names it.
     *
     * @param acquirer the id, such as {@code unionpay-cn}
     * @return this builder
     * @throws IllegalArgumentException if it is not 1-40 ASCII letters, digits, '.', '_' or '-' (the
     *     message never echoes the value)
     * @throws IllegalStateException if it was already set
     */
    public Builder acquirer(String acquirer) {
      if (this.acquirer != null) {
        throw new IllegalStateException("acquirer was already set");
      }
      this.acquirer = Identifier.check("acquirer", acquirer);
      return this;
    }

    /**
     * Sets the chain the store belongs to.
     *
     * @param chainId the chain's id
     * @return this builder
     * @throws IllegalArgumentException if it is not 1-40 ASCII letters, digits, '.', '_' or '-' (the
     *     message never echoes the value)
     * @throws IllegalStateException if it was already set
     */
    public Builder chainId(String chainId) {
      if (this.chainId != null) {
        throw new IllegalStateException("chainId was already set");
      }
      this.chainId = Identifier.check("chainId", chainId);
      return this;
    }

    /**
     * Sets the store that took the payment.
     *
     * @param storeId the store's id
     * @return this builder
     * @throws IllegalArgumentException if it is not 1-40 ASCII letters, digits, '.', '_' or '-' (the
     *     message never echoes the value)
     * @throws IllegalStateException if it was already set
     */
    public Builder storeId(String storeId) {
      if (this.storeId != null) {
        throw new IllegalStateException("storeId was already set");
      }
      this.storeId = Identifier.check("storeId", storeId);
      return this;
    }

    /**
     * Sets the store that took the original sale, for a void or refund.
     *
     * @param originalStoreId the store's id
     * @return this builder
     * @throws IllegalArgumentException if it is not 1-40 ASCII letters, digits, '.', '_' or '-' (the
     *     message never echoes the value)
     * @throws IllegalStateException if it was already set
     */
    public Builder originalStoreId(String originalStoreId) {
      if (this.originalStoreId != null) {
        throw new IllegalStateException("originalStoreId was already set");
      }
      this.originalStoreId = Identifier.check("originalStoreId", originalStoreId);
      return this;
    }

    /**
     * Sets the acquirer's merchant id.
     *
     * @param merchantId the merchant id
     * @return this builder
     * @throws IllegalArgumentException if it is not 1-40 ASCII letters, digits, '.', '_' or '-' (the
     *     message never echoes the value)
     * @throws IllegalStateException if it was already set
     */
    public Builder merchantId(String merchantId) {
      if (this.merchantId != null) {
        throw new IllegalStateException("merchantId was already set");
      }
      this.merchantId = Identifier.check("merchantId", merchantId);
      return this;
    }

    /**
     * Sets the terminal's id at the acquirer.
     *
     * @param terminalId the terminal id
     * @return this builder
     * @throws IllegalArgumentException if it is not 1-40 ASCII letters, digits, '.', '_' or '-' (the
     *     message never echoes the value)
     * @throws IllegalStateException if it was already set
     */
    public Builder terminalId(String terminalId) {
      if (this.terminalId != null) {
        throw new IllegalStateException("terminalId was already set");
      }
      this.terminalId = Identifier.check("terminalId", terminalId);
      return this;
    }

    /** {@return the context with the fields set so far; unset fields are unknown} */
    public MerchantContext build() {
      return new MerchantContext(this);
    }
  }
}
