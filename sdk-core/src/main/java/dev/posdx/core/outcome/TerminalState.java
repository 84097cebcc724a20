package dev.posdx.core.outcome;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
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

  private static final TerminalState UNKNOWN = builder().build();

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

  /** A state in which nothing is known. */
  public static TerminalState unknown() {
    return UNKNOWN;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<ReaderStatus> reader() {
    return reader;
  }

  public Optional<LinkStatus> link() {
    return link;
  }

  public Optional<HostReply> hostReply() {
    return hostReply;
  }

  /** How long the host took to answer, when it did. */
  public Optional<Duration> latency() {
    return latency;
  }

  /** Terminal clock minus host clock; its magnitude matters, not its sign. */
  public Optional<Duration> clockSkew() {
    return clockSkew;
  }

  public Optional<KeyStatus> keys() {
    return keys;
  }

  public Optional<KernelOutcome> kernelOutcome() {
    return kernelOutcome;
  }

  public Optional<Tvr> tvr() {
    return tvr;
  }

  /** True when the terminal gave up waiting for the cashier or cardholder to act. */
  public Optional<Boolean> inputTimedOut() {
    return inputTimedOut;
  }

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
    return MoreObjects.toStringHelper("TerminalState")
        .omitNullValues()
        .add("reader", reader.orElse(null))
        .add("link", link.orElse(null))
        .add("hostReply", hostReply.orElse(null))
        .add("latency", latency.orElse(null))
        .add("clockSkew", clockSkew.orElse(null))
        .add("keys", keys.orElse(null))
        .add("kernelOutcome", kernelOutcome.orElse(null))
        .add("tvr", tvr.orElse(null))
        .add("inputTimedOut", inputTimedOut.orElse(null))
        .add("printer", printer.orElse(null))
        .toString();
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

    public Builder reader(ReaderStatus reader) {
      checkState(this.reader == null, "reader was already set to %s", this.reader);
      this.reader = reader;
      return this;
    }

    public Builder link(LinkStatus link) {
      checkState(this.link == null, "link was already set to %s", this.link);
      this.link = link;
      return this;
    }

    public Builder hostReply(HostReply hostReply) {
      checkState(this.hostReply == null, "hostReply was already set to %s", this.hostReply);
      this.hostReply = hostReply;
      return this;
    }

    public Builder latency(Duration latency) {
      checkState(this.latency == null, "latency was already set to %s", this.latency);
      checkArgument(!latency.isNegative(), "latency must not be negative, got %s", latency);
      this.latency = latency;
      return this;
    }

    public Builder clockSkew(Duration clockSkew) {
      checkState(this.clockSkew == null, "clockSkew was already set to %s", this.clockSkew);
      this.clockSkew = clockSkew;
      return this;
    }

    public Builder keys(KeyStatus keys) {
      checkState(this.keys == null, "keys was already set to %s", this.keys);
      this.keys = keys;
      return this;
    }

    public Builder kernelOutcome(KernelOutcome kernelOutcome) {
      checkState(this.kernelOutcome == null, "kernelOutcome was already set to %s", this.kernelOutcome);
      this.kernelOutcome = kernelOutcome;
      return this;
    }

    public Builder tvr(Tvr tvr) {
      checkState(this.tvr == null, "tvr was already set to %s", this.tvr);
      this.tvr = tvr;
      return this;
    }

    public Builder inputTimedOut(boolean inputTimedOut) {
      checkState(this.inputTimedOut == null, "inputTimedOut was already set to %s", this.inputTimedOut);
      this.inputTimedOut = inputTimedOut;
      return this;
    }

    public Builder printer(PrinterStatus printer) {
      checkState(this.printer == null, "printer was already set to %s", this.printer);
      this.printer = printer;
      return this;
    }

    public TerminalState build() {
      return new TerminalState(this);
    }
  }
}
