package dev.posdx.core.outcome;

import dev.posdx.core.internal.CodeKey;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.internal.OutcomeFeatureSlot;
import dev.posdx.core.internal.ValueText;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One failed (or approved) card payment as the terminal saw it: the network, what the host
 * answered, the card facts that may be kept, the terminal's state and the merchant context.
 * Everything but the network may be unknown. Immutable and thread-safe.
 *
 * <p>There is no field for a PIN, CVV or track data, on purpose: posdx never needs them.
 *
 * @since 0.1
 */
public final class TransactionOutcome {

  /** EMV tag 5F2D holds at most four languages. */
  public static final int MAX_CARD_LANGUAGES = 4;

  private final Network network;
  private final Optional<ResponseCode> responseCode;
  private final Optional<MerchantAdviceCode> merchantAdviceCode;
  private final Optional<TransactionType> transactionType;
  private final Optional<EntryMode> entryMode;
  private final Optional<MaskedPan> pan;
  private final Optional<YearMonth> cardExpiry;
  private final Optional<CountryCode> issuerCountry;
  private final List<String> cardLanguages;
  private final Optional<Amount> amount;
  private final Optional<Currency> cardCurrency;
  private final TerminalState terminal;
  private final MerchantContext merchant;
  private final Optional<ZonedDateTime> time;
  private final OptionalInt attempt;
  private final OptionalInt cardAttemptsInWindow;
  // The engine's feature word for this outcome, 0 until its first diagnosis (a word is never 0).
  // Volatile so that a 32-bit JVM never reads half of it; racing writers store the same value.
  private volatile long features;
  // The code's CodeKey (CodeKey.NONE without one), so the index finds its rules without reading the string.
  private final int codeKey;

  static {
    OutcomeFeatureSlot.register(
        new OutcomeFeatureSlot.Slot() {
          @Override
          public long get(TransactionOutcome outcome) {
            return outcome.features;
          }

          @Override
          public void set(TransactionOutcome outcome, long word) {
            outcome.features = word;
          }

          @Override
          public int codeKey(TransactionOutcome outcome) {
            return outcome.codeKey;
          }
        });
  }

  // Optionals are built once here: reading a field on the diagnose path allocates nothing.
  private TransactionOutcome(Builder b) {
    this.network = b.network;
    this.responseCode = Optional.ofNullable(b.responseCode);
    this.codeKey = b.responseCode == null ? CodeKey.NONE : CodeKey.of(b.responseCode);
    this.merchantAdviceCode = Optional.ofNullable(b.merchantAdviceCode);
    this.transactionType = Optional.ofNullable(b.transactionType);
    this.entryMode = Optional.ofNullable(b.entryMode);
    this.pan = Optional.ofNullable(b.pan);
    this.cardExpiry = Optional.ofNullable(b.cardExpiry);
    this.issuerCountry = Optional.ofNullable(b.issuerCountry);
    this.cardLanguages = b.cardLanguages;
    this.amount = Optional.ofNullable(b.amount);
    this.cardCurrency = Optional.ofNullable(b.cardCurrency);
    this.terminal = b.terminal;
    this.merchant = b.merchant;
    this.time = Optional.ofNullable(b.time);
    this.attempt = b.attempt == 0 ? OptionalInt.empty() : OptionalInt.of(b.attempt);
    this.cardAttemptsInWindow =
        b.cardAttemptsInWindow == 0 ? OptionalInt.empty() : OptionalInt.of(b.cardAttemptsInWindow);
  }

  /**
   * {@return a builder for an outcome on this network; every other field starts unknown}
   *
   * @param network the card network that routed the payment
   * @throws NullPointerException if {@code network} is null
   */
  public static Builder builder(Network network) {
    return new Builder(network);
  }

  /**
   * {@return the shortest outcome: a network and the code its host answered}
   *
   * @param network the card network
   * @param responseCode the code the host answered, 1-3 letters or digits such as {@code "05"}
   * @throws IllegalArgumentException if the code is malformed
   */
  public static TransactionOutcome of(Network network, String responseCode) {
    return builder(network).responseCode(responseCode).build();
  }

  /** {@return the card network that routed the payment; always known} */
  public Network network() {
    return network;
  }

  /** {@return the code the host answered; empty when the failure happened before it answered} */
  public Optional<ResponseCode> responseCode() {
    return responseCode;
  }

  /** {@return Mastercard's merchant advice code (DE 48 SE 84); empty when the host sent none} */
  public Optional<MerchantAdviceCode> merchantAdviceCode() {
    return merchantAdviceCode;
  }

  /** {@return what kind of transaction it was; empty when unknown} */
  public Optional<TransactionType> transactionType() {
    return transactionType;
  }

  /** {@return how the card was presented; empty when unknown} */
  public Optional<EntryMode> entryMode() {
    return entryMode;
  }

  /** {@return the masked card number (first 6, last 4 at most); empty when unknown} */
  public Optional<MaskedPan> pan() {
    return pan;
  }

  /** {@return the card's expiry month; empty when unknown} */
  public Optional<YearMonth> cardExpiry() {
    return cardExpiry;
  }

  /** {@return the country of the card's issuer; empty when unknown} */
  public Optional<CountryCode> issuerCountry() {
    return issuerCountry;
  }

  /**
   * {@return the card's language preference (EMV 5F2D), lower-case ISO 639-1 codes in the card's
   * order; empty when unknown}
   */
  public List<String> cardLanguages() {
    return cardLanguages;
  }

  /** {@return the transaction amount in its currency; empty when unknown} */
  public Optional<Amount> amount() {
    return amount;
  }

  /** {@return the card's own currency (EMV 9F42); empty when the terminal did not read it} */
  public Optional<Currency> cardCurrency() {
    return cardCurrency;
  }

  /** {@return the terminal's state; {@link TerminalState#unknown()} when the caller set none} */
  public TerminalState terminal() {
    return terminal;
  }

  /** {@return the merchant context; {@link MerchantContext#unknown()} when the caller set none} */
  public MerchantContext merchant() {
    return merchant;
  }

  /** {@return when the terminal sent the request, in the store's zone; empty when unknown} */
  public Optional<ZonedDateTime> time() {
    return time;
  }

  /** {@return 1 for the first try of this card for this sale, 2 for the next; empty when unknown} */
  public OptionalInt attempt() {
    return attempt;
  }

  /**
   * How many times this card has been tried at this merchant within the scheme's reattempt window
   * (Visa: 30 days), this try included, as counted by a caller that sees every terminal (a
   * gateway's ledger); empty when unknown. {@link #attempt()} counts tries for this sale only.
   *
   * @return the count, 1 or more; empty when unknown
   */
  public OptionalInt cardAttemptsInWindow() {
    return cardAttemptsInWindow;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransactionOutcome t
        && network == t.network
        && Objects.equals(responseCode, t.responseCode)
        && Objects.equals(merchantAdviceCode, t.merchantAdviceCode)
        && transactionType.equals(t.transactionType)
        && entryMode.equals(t.entryMode)
        && Objects.equals(pan, t.pan)
        && Objects.equals(cardExpiry, t.cardExpiry)
        && Objects.equals(issuerCountry, t.issuerCountry)
        && cardLanguages.equals(t.cardLanguages)
        && Objects.equals(amount, t.amount)
        && Objects.equals(cardCurrency, t.cardCurrency)
        && terminal.equals(t.terminal)
        && merchant.equals(t.merchant)
        && Objects.equals(time, t.time)
        && attempt.equals(t.attempt)
        && cardAttemptsInWindow.equals(t.cardAttemptsInWindow);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        network, responseCode, merchantAdviceCode, transactionType, entryMode, pan, cardExpiry,
        issuerCountry, cardLanguages, amount, cardCurrency, terminal, merchant, time, attempt,
        cardAttemptsInWindow);
  }

  @Override
  public String toString() {
    return CardNumbers.redact(ValueText.of(
        "TransactionOutcome",
        "network", network,
        "responseCode", responseCode.orElse(null),
        "merchantAdviceCode", merchantAdviceCode.orElse(null),
        "transactionType", transactionType.orElse(null),
        "entryMode", entryMode.orElse(null),
        "pan", pan.orElse(null),
        "cardExpiry", cardExpiry.orElse(null),
        "issuerCountry", issuerCountry.orElse(null),
        "cardLanguages", cardLanguages.isEmpty() ? null : cardLanguages,
        "amount", amount.orElse(null),
        "cardCurrency", cardCurrency.orElse(null),
        "terminal", terminal.equals(TerminalState.unknown()) ? null : terminal,
        "merchant", merchant.equals(MerchantContext.unknown()) ? null : merchant,
        "time", time.orElse(null),
        "attempt", attempt.isPresent() ? attempt.getAsInt() : null,
        "cardAttemptsInWindow", cardAttemptsInWindow.isPresent() ? cardAttemptsInWindow.getAsInt() : null));
  }

  /**
   * Builds a {@link TransactionOutcome}. Each field may be set once: setting one twice is a
   * caller mistake and fails at once. Not thread-safe.
   */
  public static final class Builder {
    private final Network network;
    private @Nullable ResponseCode responseCode;
    private @Nullable MerchantAdviceCode merchantAdviceCode;
    private @Nullable TransactionType transactionType;
    private @Nullable EntryMode entryMode;
    private @Nullable MaskedPan pan;
    private @Nullable YearMonth cardExpiry;
    private @Nullable CountryCode issuerCountry;
    private List<String> cardLanguages = Frozen.emptyList();
    private boolean cardLanguagesSet;
    private @Nullable Amount amount;
    private @Nullable Currency cardCurrency;
    private TerminalState terminal = TerminalState.unknown();
    private boolean terminalSet;
    private MerchantContext merchant = MerchantContext.unknown();
    private boolean merchantSet;
    private @Nullable ZonedDateTime time;
    private int attempt;
    private int cardAttemptsInWindow;

    private Builder(Network network) {
      this.network = Objects.requireNonNull(network, "network");
    }

    /**
     * Sets the code the host answered.
     *
     * @param responseCode the host's response code
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder responseCode(ResponseCode responseCode) {
      if (this.responseCode != null) {
        throw new IllegalStateException("responseCode was already set to " + this.responseCode);
      }
      this.responseCode = responseCode;
      return this;
    }

    /**
     * Sets the code the host answered.
     *
     * @param responseCode the code, 1-3 letters or digits such as {@code "05"}
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @throws IllegalArgumentException if the code is malformed
     */
    public Builder responseCode(String responseCode) {
      return responseCode(ResponseCode.of(responseCode));
    }

    /**
     * Sets Mastercard's merchant advice code.
     *
     * @param code the merchant advice code
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder merchantAdviceCode(MerchantAdviceCode code) {
      if (merchantAdviceCode != null) {
        throw new IllegalStateException("merchantAdviceCode was already set to " + merchantAdviceCode);
      }
      this.merchantAdviceCode = code;
      return this;
    }

    /**
     * Sets Mastercard's merchant advice code.
     *
     * @param code the code as sent, such as {@code "03"}
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @throws IllegalArgumentException if the code is malformed
     */
    public Builder merchantAdviceCode(String code) {
      return merchantAdviceCode(MerchantAdviceCode.of(code));
    }

    /**
     * Sets the kind of transaction.
     *
     * @param transactionType sale, refund, void, ...
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder transactionType(TransactionType transactionType) {
      if (this.transactionType != null) {
        throw new IllegalStateException("transactionType was already set to " + this.transactionType);
      }
      this.transactionType = transactionType;
      return this;
    }

    /**
     * Sets how the card was presented.
     *
     * @param entryMode chip, contactless, swipe, ...
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder entryMode(EntryMode entryMode) {
      if (this.entryMode != null) {
        throw new IllegalStateException("entryMode was already set to " + this.entryMode);
      }
      this.entryMode = entryMode;
      return this;
    }

    /**
     * Sets the masked card number.
     *
     * @param pan the card number, already masked
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder pan(MaskedPan pan) {
      if (this.pan != null) {
        throw new IllegalStateException("pan was already set");
      }
      this.pan = pan;
      return this;
    }

    /**
     * Masks a full or already-masked card number at once; see {@link MaskedPan#parse}.
     *
     * @param panOrMasked the card number, full or masked; never kept unmasked
     * @return this builder
     * @throws PanFormatException if it is not a card number (the message holds no digits)
     * @throws IllegalStateException if the card number was already set
     */
    public Builder pan(CharSequence panOrMasked) {
      return pan(MaskedPan.parse(panOrMasked));
    }

    /**
     * Sets the card's expiry month.
     *
     * @param cardExpiry the month printed on the card
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder cardExpiry(YearMonth cardExpiry) {
      if (this.cardExpiry != null) {
        throw new IllegalStateException("cardExpiry was already set to " + this.cardExpiry);
      }
      this.cardExpiry = cardExpiry;
      return this;
    }

    /**
     * Sets the country of the card's issuer.
     *
     * @param issuerCountry the issuer's country
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder issuerCountry(CountryCode issuerCountry) {
      if (this.issuerCountry != null) {
        throw new IllegalStateException("issuerCountry was already set to " + this.issuerCountry);
      }
      this.issuerCountry = issuerCountry;
      return this;
    }

    /**
     * Sets the card's language preference: ISO 639-1 codes in the card's order, at most four; case
     * is ignored.
     *
     * @param languages the codes, such as {@code [zh, en]}
     * @return this builder
     * @throws IllegalArgumentException if there are more than four or one is not two letters
     * @throws IllegalStateException if the languages were already set
     */
    public Builder cardLanguages(List<String> languages) {
      if (cardLanguagesSet) {
        throw new IllegalStateException("cardLanguages was already set to " + cardLanguages);
      }
      if (languages.size() > MAX_CARD_LANGUAGES) {
        throw new IllegalArgumentException("cardLanguages holds at most " + MAX_CARD_LANGUAGES + " languages, got " + languages.size());
      }
      List<String> checked = new ArrayList<>(languages.size());
      for (String language : languages) {
        if (!(language.length() == 2 && ResponseCode.isAsciiLetter(language.charAt(0)) && ResponseCode.isAsciiLetter(language.charAt(1)))) {
          throw new IllegalArgumentException("cardLanguages must hold ISO 639-1 codes such as zh, got " + ResponseCode.quoted(language));
        }
        checked.add(language.toLowerCase(Locale.ROOT)); // two ASCII letters (checked above)
      }
      this.cardLanguages = Frozen.list(checked);
      this.cardLanguagesSet = true;
      return this;
    }

    /**
     * Sets the card's language preference from EMV 5F2D: concatenated ISO 639-1 codes.
     *
     * @param tag5f2d the tag's value, for example {@code "zhen"}
     * @return this builder
     * @throws IllegalArgumentException if its length is odd, it holds more than four codes or a code
     *     is not two letters
     * @throws IllegalStateException if the languages were already set
     */
    public Builder cardLanguagePreference(String tag5f2d) {
      if (tag5f2d.length() % 2 != 0) {
        throw new IllegalArgumentException("cardLanguages must be pairs of letters such as \"zhen\", got " + tag5f2d.length() + " characters");
      }
      List<String> languages = new ArrayList<>(tag5f2d.length() / 2);
      for (int i = 0; i + 1 < tag5f2d.length(); i += 2) {
        languages.add(tag5f2d.substring(i, i + 2));
      }
      return cardLanguages(languages);
    }

    /**
     * Sets the transaction amount.
     *
     * @param amount the amount in the transaction's currency
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder amount(Amount amount) {
      if (this.amount != null) {
        throw new IllegalStateException("amount was already set to " + this.amount);
      }
      this.amount = amount;
      return this;
    }

    /**
     * Sets the card's own currency (EMV 9F42).
     *
     * @param cardCurrency the currency the card holds
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder cardCurrency(Currency cardCurrency) {
      if (this.cardCurrency != null) {
        throw new IllegalStateException("cardCurrency was already set to " + this.cardCurrency);
      }
      this.cardCurrency = cardCurrency;
      return this;
    }

    /**
     * Sets the terminal's state.
     *
     * @param terminal what the terminal saw
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder terminal(TerminalState terminal) {
      if (terminalSet) {
        throw new IllegalStateException("terminal was already set to " + this.terminal);
      }
      this.terminal = terminal;
      this.terminalSet = true;
      return this;
    }

    /**
     * Sets the merchant context.
     *
     * @param merchant the store, chain and acquirer
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder merchant(MerchantContext merchant) {
      if (merchantSet) {
        throw new IllegalStateException("merchant was already set to " + this.merchant);
      }
      this.merchant = merchant;
      this.merchantSet = true;
      return this;
    }

    /**
     * Sets when the terminal sent the request.
     *
     * @param time the time in the store's zone
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder time(ZonedDateTime time) {
      if (this.time != null) {
        throw new IllegalStateException("time was already set to " + this.time);
      }
      this.time = time;
      return this;
    }

    /**
     * Sets which try of this card for this sale this is.
     *
     * @param attempt 1 for the first try
     * @return this builder
     * @throws IllegalArgumentException if {@code attempt} is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder attempt(int attempt) {
      if (this.attempt != 0) {
        throw new IllegalStateException("attempt was already set to " + this.attempt);
      }
      if (attempt < 1) {
        throw new IllegalArgumentException("attempt must be 1 or more, got " + attempt);
      }
      this.attempt = attempt;
      return this;
    }

    /**
     * Sets this card's tries at this merchant within the scheme's reattempt window, this one
     * included.
     *
     * @param attempts the count, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code attempts} is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder cardAttemptsInWindow(int attempts) {
      if (this.cardAttemptsInWindow != 0) {
        throw new IllegalStateException("cardAttemptsInWindow was already set to " + this.cardAttemptsInWindow);
      }
      if (attempts < 1) {
        throw new IllegalArgumentException("cardAttemptsInWindow must be 1 or more (this try included), got " + attempts);
      }
      this.cardAttemptsInWindow = attempts;
      return this;
    }

    /** {@return the outcome with the fields set so far; unset fields are unknown} */
    public TransactionOutcome build() {
      return new TransactionOutcome(this);
    }
  }
}
