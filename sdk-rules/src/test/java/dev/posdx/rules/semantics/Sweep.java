package dev.posdx.rules.semantics;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One generated payment for the sweeps: every terminal fact (reader, link, host, keys, kernel
 * outcome, printer, input time-out, clock, expiry) either unknown or one of its values, crossed
 * with a code the network's packs know (or an unknown one, or none), a merchant advice code (every
 * documented one, an undocumented one, or none) and an attempt count around the schemes' caps.
 */
record Sweep(Network network, @Nullable String code, @Nullable String mac, TerminalState terminal,
    boolean expired, int attempt) {

  static final Diagnoser STANDARD = Diagnoser.standard();
  static final List<String> MACS =
      List.of("01", "02", "03", "04", "21", "22", "24", "25", "26", "27", "28", "29", "30", "40", "41", "43", "99");
  static final ZonedDateTime TIME = ZonedDateTime.of(2026, 3, 10, 15, 0, 0, 0, ZoneOffset.ofHours(8));

  /** Every code a built-in rule names for the network, and two no rule names. */
  static List<String> codes(Network network) {
    TreeSet<String> codes = new TreeSet<>(List.of("Q7", "47"));
    for (RulePack pack : STANDARD.packs()) {
      for (Rule rule : pack.rules()) {
        boolean forNetwork = rule.when().stream().noneMatch(m -> m instanceof Matcher.NetworkIn in && !in.networks().contains(network));
        for (Matcher m : rule.when()) {
          if (forNetwork && m instanceof Matcher.ResponseCodeIn in) {
            in.codes().stream().map(ResponseCode::value).forEach(codes::add);
          }
        }
      }
    }
    return List.copyOf(codes);
  }

  private static final List<List<String>> CODES = new ArrayList<>();

  static {
    for (Network n : Network.values()) {
      CODES.add(codes(n));
    }
  }

  static Sweep random(long seed) {
    Random r = new Random(seed);
    Network network = Network.values()[r.nextInt(Network.values().length)];
    List<String> codes = CODES.get(network.ordinal());
    String code = r.nextInt(4) == 0 ? null : codes.get(r.nextInt(codes.size()));
    String mac = r.nextInt(3) == 0 ? null : MACS.get(r.nextInt(MACS.size()));
    TerminalState.Builder t = TerminalState.builder();
    pick(r, ReaderStatus.values(), t::reader);
    pick(r, LinkStatus.values(), t::link);
    pick(r, HostReply.values(), t::hostReply);
    pick(r, KeyStatus.values(), t::keys);
    pick(r, KernelOutcome.values(), t::kernelOutcome);
    pick(r, PrinterStatus.values(), t::printer);
    pick(r, new Boolean[] {true, false}, t::inputTimedOut);
    pick(r, new Duration[] {Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(-2)}, t::clockSkew);
    boolean expired = r.nextBoolean();
    int[] attempts = {0, 1, 2, 20, 21, 35, 40};
    return new Sweep(network, code, mac, t.build(), expired, attempts[r.nextInt(attempts.length)]);
  }

  private static <T> void pick(Random r, T[] values, java.util.function.Consumer<T> set) {
    int i = r.nextInt(values.length + 1);
    if (i < values.length) {
      set.accept(values[i]);
    }
  }

  TransactionOutcome outcome() {
    return outcome(code, mac, terminal);
  }

  TransactionOutcome outcome(@Nullable String code, @Nullable String mac, TerminalState terminal) {
    return untimed(code, mac, terminal).time(TIME).build();
  }

  /** This payment without a time yet, for sweeps that set their own time and add facts. */
  TransactionOutcome.Builder untimed() {
    return untimed(code, mac, terminal);
  }

  private TransactionOutcome.Builder untimed(@Nullable String code, @Nullable String mac, TerminalState terminal) {
    TransactionOutcome.Builder b = TransactionOutcome.builder(network).terminal(terminal)
        .cardExpiry(expired ? YearMonth.of(2025, 12) : YearMonth.of(2029, 12));
    if (code != null) {
      b.responseCode(code);
    }
    if (mac != null) {
      b.merchantAdviceCode(mac);
    }
    if (attempt > 0) {
      b.attempt(attempt);
    }
    return b;
  }

  /** The same payment with the host's answer alone: no terminal fact, no advice code. */
  TransactionOutcome codeAlone() {
    return outcome(code, null, TerminalState.unknown());
  }

  /** The same payment without its merchant advice code. */
  TransactionOutcome withoutAdvice() {
    return outcome(code, null, terminal);
  }
}
