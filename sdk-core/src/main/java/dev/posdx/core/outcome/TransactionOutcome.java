package dev.posdx.core.outcome;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Ascii;
import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import dev.posdx.core.internal.OutcomeFeatureSlot;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
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
  private final ImmutableList<String> cardLanguages;
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
        });
  }

  // Optionals are built once here: reading a field on the diagnose path allocates nothing.
  private TransactionOutcome(Builder b) {
    this.network = b.network;
    this.responseCode = Optional.ofNullable(b.responseCode);
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

  public static Builder builder(Network network) {
    return new Builder(network);
  }

  /** The shortest outcome: a network and the code its host answered. */
  public static TransactionOutcome of(Network network, String responseCode) {
    return builder(network).responseCode(responseCode).build();
  }

  public Network network() {
    return network;
  }

  /** Absent when the failure happened before the host answered. */
  public Optional<ResponseCode> responseCode() {
    return responseCode;
  }

  public Optional<MerchantAdviceCode> merchantAdviceCode() {
    return merchantAdviceCode;
  }

  public Optional<TransactionType> transactionType() {
    return transactionType;
  }

  public Optional<EntryMode> entryMode() {
    return entryMode;
  }

  public Optional<MaskedPan> pan() {
    return pan;
  }

  public Optional<YearMonth> cardExpiry() {
    return cardExpiry;
  }

  public Optional<CountryCode> issuerCountry() {
    return issuerCountry;
  }

  /** The card's language preference (EMV 5F2D), ISO 639-1 codes in the card's order. */
  public List<String> cardLanguages() {
    return cardLanguages;
  }

  public Optional<Amount> amount() {
    return amount;
  }

  /** The card's own currency (EMV 9F42), when the terminal read it. */
  public Optional<Currency> cardCurrency() {
    return cardCurrency;
  }

  public TerminalState terminal() {
    return terminal;
  }

  public MerchantContext merchant() {
    return merchant;
  }

  /** When the terminal sent the request, in the store's zone. */
  public Optional<ZonedDateTime> time() {
    return time;
  }

  /** 1 for the first try of this card for this sale; empty when unknown. */
  public OptionalInt attempt() {
    return attempt;
  }

  /**
   * How many times this card has been tried at this merchant within the scheme's reattempt window
   * (Visa: 30 days), this try included, as counted by a caller that sees every terminal (a
   * gateway's ledger); empty when unknown. {@link #attempt()} counts tries for this sale only.
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
    return CardNumbers.redact(MoreObjects.toStringHelper("TransactionOutcome")
        .omitNullValues()
        .add("network", network)
        .add("responseCode", responseCode.orElse(null))
        .add("merchantAdviceCode", merchantAdviceCode.orElse(null))
        .add("transactionType", transactionType.orElse(null))
        .add("entryMode", entryMode.orElse(null))
        .add("pan", pan.orElse(null))
        .add("cardExpiry", cardExpiry.orElse(null))
        .add("issuerCountry", issuerCountry.orElse(null))
        .add("cardLanguages", cardLanguages.isEmpty() ? null : cardLanguages)
        .add("amount", amount.orElse(null))
        .add("cardCurrency", cardCurrency.orElse(null))
        .add("terminal", terminal.equals(TerminalState.unknown()) ? null : terminal)
        .add("merchant", merchant.equals(MerchantContext.unknown()) ? null : merchant)
        .add("time", time.orElse(null))
        .add("attempt", attempt.isPresent() ? attempt.getAsInt() : null)
        .add("cardAttemptsInWindow", cardAttemptsInWindow.isPresent() ? cardAttemptsInWindow.getAsInt() : null)
        .toString());
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
    private ImmutableList<String> cardLanguages = ImmutableList.of();
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

    public Builder responseCode(ResponseCode responseCode) {
      checkState(this.responseCode == null, "responseCode was already set to %s", this.responseCode);
      this.responseCode = responseCode;
      return this;
    }

    public Builder responseCode(String responseCode) {
      return responseCode(ResponseCode.of(responseCode));
    }

    public Builder merchantAdviceCode(MerchantAdviceCode code) {
      checkState(merchantAdviceCode == null, "merchantAdviceCode was already set to %s", merchantAdviceCode);
      this.merchantAdviceCode = code;
      return this;
    }

    public Builder merchantAdviceCode(String code) {
      return merchantAdviceCode(MerchantAdviceCode.of(code));
    }

    public Builder transactionType(TransactionType transactionType) {
      checkState(this.transactionType == null, "transactionType was already set to %s", this.transactionType);
      this.transactionType = transactionType;
      return this;
    }

    public Builder entryMode(EntryMode entryMode) {
      checkState(this.entryMode == null, "entryMode was already set to %s", this.entryMode);
      this.entryMode = entryMode;
      return this;
    }

    public Builder pan(MaskedPan pan) {
      checkState(this.pan == null, "pan was already set");
      this.pan = pan;
      return this;
    }

    /** Masks a full or already-masked card number at once; see {@link MaskedPan#parse}. */
    public Builder pan(CharSequence panOrMasked) {
      return pan(MaskedPan.parse(panOrMasked));
    }

    public Builder cardExpiry(YearMonth cardExpiry) {
      checkState(this.cardExpiry == null, "cardExpiry was already set to %s", this.cardExpiry);
      this.cardExpiry = cardExpiry;
      return this;
    }

    public Builder issuerCountry(CountryCode issuerCountry) {
      checkState(this.issuerCountry == null, "issuerCountry was already set to %s", this.issuerCountry);
      this.issuerCountry = issuerCountry;
      return this;
    }

    /** ISO 639-1 codes in the card's order, at most four; case is ignored. */
    public Builder cardLanguages(List<String> languages) {
      checkState(!cardLanguagesSet, "cardLanguages was already set to %s", cardLanguages);
      checkArgument(
          languages.size() <= MAX_CARD_LANGUAGES,
          "cardLanguages holds at most %s languages, got %s",
          MAX_CARD_LANGUAGES,
          languages.size());
      ImmutableList.Builder<String> checked = ImmutableList.builder();
      for (String language : languages) {
        checkArgument(
            language.length() == 2
                && Ascii.isLowerCase(Ascii.toLowerCase(language.charAt(0)))
                && Ascii.isLowerCase(Ascii.toLowerCase(language.charAt(1))),
            "cardLanguages must hold ISO 639-1 codes such as zh, got %s",
            ResponseCode.quoted(language));
        checked.add(Ascii.toLowerCase(language));
      }
      this.cardLanguages = checked.build();
      this.cardLanguagesSet = true;
      return this;
    }

    /** EMV 5F2D as concatenated ISO 639-1 codes, for example {@code "zhen"}. */
    public Builder cardLanguagePreference(String tag5f2d) {
      checkArgument(
          tag5f2d.length() % 2 == 0,
          "cardLanguages must be pairs of letters such as \"zhen\", got %s characters",
          tag5f2d.length());
      ImmutableList.Builder<String> languages = ImmutableList.builder();
      for (int i = 0; i + 1 < tag5f2d.length(); i += 2) {
        languages.add(tag5f2d.substring(i, i + 2));
      }
      return cardLanguages(languages.build());
    }

    public Builder amount(Amount amount) {
      checkState(this.amount == null, "amount was already set to %s", this.amount);
      this.amount = amount;
      return this;
    }

    public Builder cardCurrency(Currency cardCurrency) {
      checkState(this.cardCurrency == null, "cardCurrency was already set to %s", this.cardCurrency);
      this.cardCurrency = cardCurrency;
      return this;
    }

    public Builder terminal(TerminalState terminal) {
      checkState(!terminalSet, "terminal was already set to %s", this.terminal);
      this.terminal = terminal;
      this.terminalSet = true;
      return this;
    }

    public Builder merchant(MerchantContext merchant) {
      checkState(!merchantSet, "merchant was already set to %s", this.merchant);
      this.merchant = merchant;
      this.merchantSet = true;
      return this;
    }

    public Builder time(ZonedDateTime time) {
      checkState(this.time == null, "time was already set to %s", this.time);
      this.time = time;
      return this;
    }

    /** 1 for the first try of this card for this sale. */
    public Builder attempt(int attempt) {
      checkState(this.attempt == 0, "attempt was already set to %s", this.attempt);
      checkArgument(attempt >= 1, "attempt must be 1 or more, got %s", attempt);
      this.attempt = attempt;
      return this;
    }

    /** This card's tries at this merchant within the scheme's reattempt window, this one included. */
    public Builder cardAttemptsInWindow(int attempts) {
      checkState(this.cardAttemptsInWindow == 0, "cardAttemptsInWindow was already set to %s", this.cardAttemptsInWindow);
      checkArgument(attempts >= 1, "cardAttemptsInWindow must be 1 or more (this try included), got %s", attempts);
      this.cardAttemptsInWindow = attempts;
      return this;
    }

    public TransactionOutcome build() {
      return new TransactionOutcome(this);
    }
  }
}
