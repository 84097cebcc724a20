package dev.posdx.core.outcome;

import dev.posdx.core.internal.ValueText;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the terminal knew about itself when the payment failed. Every field may be unknown; an
 * unknown field never matches a rule that asks about it.
 *
 * @since 0.1
 */
public final class TerminalState {

  // Built without the Builder: its class is then loaded only by code that sets a field.
  private static final TerminalState UNKNOWN = new TerminalState();

  private final Optional<ReaderStatus> reader;
  private final Optional<LinkStatus> link;
  private final Optional<HostReply> hostReply;
  private final Optional<Duration> latency;
  private final Optional<Duration> clockSkew;
  private final Optional<KeyStatus> keys;
  private final Optional<KernelOutcome> kernelOutcome;
  private final Optional<Tvr> tvr;
  private final Optional<Boolean> inputTimedOut;
  private final Optional<PrinterStatus> printer;

  private TerminalState() {
    this.reader = Optional.empty();
    this.link = Optional.empty();
    this.hostReply = Optional.empty();
    this.latency = Optional.empty();
    this.clockSkew = Optional.empty();
    this.keys = Optional.empty();
    this.kernelOutcome = Optional.empty();
    this.tvr = Optional.empty();
    this.inputTimedOut = Optional.empty();
    this.printer = Optional.empty();
  }

  // Optionals are built once here: reading a field on the diagnose path allocates nothing.
  private TerminalState(Builder b) {
    this.reader = Optional.ofNullable(b.reader);
    this.link = Optional.ofNullable(b.link);
    this.hostReply = Optional.ofNullable(b.hostReply);
    this.latency = Optional.ofNullable(b.latency);
    this.clockSkew = Optional.ofNullable(b.clockSkew);
    this.keys = Optional.ofNullable(b.keys);
    this.kernelOutcome = Optional.ofNullable(b.kernelOutcome);
    this.tvr = Optional.ofNullable(b.tvr);
    this.inputTimedOut = Optional.ofNullable(b.inputTimedOut);
    this.printer = Optional.ofNullable(b.printer);
  }

  /** {@return a state in which nothing is known} */
  public static TerminalState unknown() {
    return UNKNOWN;
  }

  /** {@return a builder in which every field is unknown} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the card reader's state; empty when unknown} */
  public Optional<ReaderStatus> reader() {
    return reader;
  }

  /** {@return the state of the terminal's network link; empty when unknown} */
  public Optional<LinkStatus> link() {
    return link;
  }

  /** {@return whether and how the host answered, as the terminal saw it; empty when unknown} */
  public Optional<HostReply> hostReply() {
    return hostReply;
  }

  /** {@return how long the host took to answer, when it did} */
  public Optional<Duration> latency() {
    return latency;
  }

  /** {@return terminal clock minus host clock; its magnitude matters, not its sign} */
  public Optional<Duration> clockSkew() {
    return clockSkew;
  }

  /** {@return the state of the terminal's payment keys; empty when unknown} */
  public Optional<KeyStatus> keys() {
    return keys;
  }

  /** {@return how the EMV kernel ended the card dialogue; empty when unknown} */
  public Optional<KernelOutcome> kernelOutcome() {
    return kernelOutcome;
  }

  /** {@return the Terminal Verification Results (EMV tag 95); empty when unknown} */
  public Optional<Tvr> tvr() {
    return tvr;
  }

  /** {@return true when the terminal gave up waiting for the cashier or cardholder to act} */
  public Optional<Boolean> inputTimedOut() {
    return inputTimedOut;
  }

  /** {@return the receipt printer's state; empty when unknown} */
  public Optional<PrinterStatus> printer() {
    return printer;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TerminalState t
        && reader.equals(t.reader)
        && link.equals(t.link)
        && hostReply.equals(t.hostReply)
        && Objects.equals(latency, t.latency)
        && Objects.equals(clockSkew, t.clockSkew)
        && keys.equals(t.keys)
        && kernelOutcome.equals(t.kernelOutcome)
        && Objects.equals(tvr, t.tvr)
        && Objects.equals(inputTimedOut, t.inputTimedOut)
        && printer.equals(t.printer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        reader, link, hostReply, latency, clockSkew, keys, kernelOutcome, tvr, inputTimedOut, printer);
  }

  @Override
  public String toString() {
    return ValueText.of(
        "TerminalState",
        "reader", reader.orElse(null),
        "link", link.orElse(null),
        "hostReply", hostReply.orElse(null),
        "latency", latency.orElse(null),
        "clockSkew", clockSkew.orElse(null),
        "keys", keys.orElse(null),
        "kernelOutcome", kernelOutcome.orElse(null),
        "tvr", tvr.orElse(null),
        "inputTimedOut", inputTimedOut.orElse(null),
        "printer", printer.orElse(null));
  }

  /** Builds a {@link TerminalState}; each field may be set once. Not thread-safe. */
  public static final class Builder {
    private @Nullable ReaderStatus reader;
    private @Nullable LinkStatus link;
    private @Nullable HostReply hostReply;
    private @Nullable Duration latency;
    private @Nullable Duration clockSkew;
    private @Nullable KeyStatus keys;
    private @Nullable KernelOutcome kernelOutcome;
    private @Nullable Tvr tvr;
    private @Nullable Boolean inputTimedOut;
    private @Nullable PrinterStatus printer;

    private Builder() {}

    /**
     * Sets the card reader's state.
     *
     * @param reader the reader's state
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder reader(ReaderStatus reader) {
      if (this.reader != null) {
        throw new IllegalStateException("reader was already set to " + this.reader);
      }
      this.reader = reader;
      return this;
    }

    /**
     * Sets the state of the network link.
     *
     * @param link the link's state
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder link(LinkStatus link) {
      if (this.link != null) {
        throw new IllegalStateException("link was already set to " + this.link);
      }
      this.link = link;
      return this;
    }

    /**
     * Sets whether and how the host answered.
     *
     * @param hostReply the host's reply as the terminal saw it
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder hostReply(HostReply hostReply) {
      if (this.hostReply != null) {
        throw new IllegalStateException("hostReply was already set to " + this.hostReply);
      }
      this.hostReply = hostReply;
      return this;
    }

    /**
     * Sets how long the host took to answer.
     *
     * @param latency the time from request to answer; zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code latency} is negative
     * @throws IllegalStateException if it was already set
     */
    public Builder latency(Duration latency) {
      if (this.latency != null) {
        throw new IllegalStateException("latency was already set to " + this.latency);
      }
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative, got " + latency);
      }
      this.latency = latency;
      return this;
    }

    /**
     * Sets the terminal's clock skew.
     *
     * @param clockSkew terminal clock minus host clock; either sign
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder clockSkew(Duration clockSkew) {
      if (this.clockSkew != null) {
        throw new IllegalStateException("clockSkew was already set to " + this.clockSkew);
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /**
     * Sets the state of the payment keys.
     *
     * @param keys the keys' state
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder keys(KeyStatus keys) {
      if (this.keys != null) {
        throw new IllegalStateException("keys was already set to " + this.keys);
      }
      this.keys = keys;
      return this;
    }

    /**
     * Sets how the EMV kernel ended the card dialogue.
     *
     * @param kernelOutcome the kernel's outcome
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder kernelOutcome(KernelOutcome kernelOutcome) {
      if (this.kernelOutcome != null) {
        throw new IllegalStateException("kernelOutcome was already set to " + this.kernelOutcome);
      }
      this.kernelOutcome = kernelOutcome;
      return this;
    }

    /**
     * Sets the Terminal Verification Results (EMV tag 95).
     *
     * @param tvr the five TVR bytes
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder tvr(Tvr tvr) {
      if (this.tvr != null) {
        throw new IllegalStateException("tvr was already set to " + this.tvr);
      }
      this.tvr = tvr;
      return this;
    }

    /**
     * Sets whether the terminal gave up waiting for the cashier or cardholder.
     *
     * @param inputTimedOut true when an input prompt timed out
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder inputTimedOut(boolean inputTimedOut) {
      if (this.inputTimedOut != null) {
        throw new IllegalStateException("inputTimedOut was already set to " + this.inputTimedOut);
      }
      this.inputTimedOut = inputTimedOut;
      return this;
    }

    /**
     * Sets the receipt printer's state.
     *
     * @param printer the printer's state
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder printer(PrinterStatus printer) {
      if (this.printer != null) {
        throw new IllegalStateException("printer was already set to " + this.printer);
      }
      this.printer = printer;
      return this;
    }

    /** {@return the state with the fields set so far; unset fields are unknown} */
    public TerminalState build() {
      return new TerminalState(this);
    }
  }
}
