package dev.posdx.bench;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realistic rule set built in code, shaped like the built-in packs: per-network code rules,
 * a base ISO layer, terminal-state rules and supplementary cross-border rules.
 */
final class SyntheticRuleSet {

  static final List<String> CODES = new ArrayList<>();

  static {
    for (int i = 0; i < 100; i++) {
      CODES.add(String.format("%02d", i));
    }
  }

  private static final PackSource SOURCE = new PackSource("posdx synthetic benchmark rules", "2026-11-26");

  private SyntheticRuleSet() {}

  static List<RulePack> packs() {
    List<RulePack> packs = new ArrayList<>();
    List<Rule> iso = new ArrayList<>();
    for (String code : CODES) {
      iso.add(codeRule("iso-" + code, code, "issuer.code-" + code));
    }
    packs.add(RulePack.of("iso", "1", Scope.BASE, List.of(SOURCE), iso, "synthetic"));
    for (Network network : List.of(Network.UNIONPAY, Network.VISA, Network.MASTERCARD, Network.AMEX, Network.JCB)) {
      List<Rule> rules = new ArrayList<>();
      for (int i = 0; i < CODES.size(); i += (network == Network.UNIONPAY ? 1 : 2)) {
        String code = CODES.get(i);
        rules.add(
            new Rule(
                network.name().toLowerCase() + "-" + code,
                List.of(Matcher.NetworkIn.of(network), Matcher.ResponseCodeIn.of(code)),
                conclusion(network.name().toLowerCase() + ".code-" + code, Category.ISSUER, RetryAdvice.later(Duration.ofMinutes(5)), true),
                List.of()));
      }
      packs.add(RulePack.of(network.name().toLowerCase(), "1", Scope.NETWORK, List.of(SOURCE), rules, "synthetic"));
    }
    List<Rule> terminal = new ArrayList<>();
    terminal.add(rule("timeout", conclusion("connectivity.no-reply", Category.CONNECTIVITY, RetryAdvice.reconcileFirst(), false), new Matcher.HostReplyIn(Set.of(HostReply.TIMEOUT)), new Matcher.ResponseCodePresent(false)));
    terminal.add(rule("not-sent", conclusion("connectivity.not-sent", Category.CONNECTIVITY, RetryAdvice.withChange(RetryChange.RECONNECT), false), new Matcher.HostReplyIn(Set.of(HostReply.NOT_SENT))));
    for (ReaderStatus r : ReaderStatus.values()) {
      if (r != ReaderStatus.OK) {
        terminal.add(rule("reader-" + r, conclusion("terminal.reader-" + r.name().toLowerCase().replace('_', '-'), Category.TERMINAL, RetryAdvice.withChange(RetryChange.INSERT_CHIP), false), new Matcher.ReaderIn(Set.of(r))));
      }
    }
    for (LinkStatus l : List.of(LinkStatus.OFFLINE, LinkStatus.UNSTABLE)) {
      terminal.add(rule("link-" + l, conclusion("connectivity." + l.name().toLowerCase(), Category.CONNECTIVITY, RetryAdvice.withChange(RetryChange.RECONNECT), false), new Matcher.LinkIn(Set.of(l))));
    }
    for (KeyStatus k : List.of(KeyStatus.MAC_ERROR, KeyStatus.NOT_SIGNED_ON)) {
      terminal.add(rule("keys-" + k, conclusion("terminal.keys-" + k.name().toLowerCase().replace('_', '-'), Category.TERMINAL, RetryAdvice.withChange(RetryChange.SIGN_ON), false), new Matcher.KeysIn(Set.of(k))));
    }
    for (KernelOutcome k : List.of(KernelOutcome.TRY_ANOTHER_INTERFACE, KernelOutcome.TRY_AGAIN, KernelOutcome.END_APPLICATION)) {
      terminal.add(rule("kernel-" + k, conclusion("card.kernel-" + k.name().toLowerCase().replace('_', '-'), Category.CARD, RetryAdvice.now(), false), new Matcher.KernelOutcomeIn(Set.of(k)), new Matcher.ResponseCodePresent(false)));
    }
    terminal.add(rule("paper", conclusion("terminal.no-paper", Category.TERMINAL, RetryAdvice.now(), false), new Matcher.PrinterIn(Set.of(PrinterStatus.NO_PAPER))));
    terminal.add(rule("clock", conclusion("terminal.clock", Category.TERMINAL, RetryAdvice.withChange(RetryChange.SIGN_ON), false), new Matcher.ClockSkewAtLeast(Duration.ofMinutes(5))));
    terminal.add(rule("input-timeout", conclusion("operator.input-timeout", Category.OPERATOR, RetryAdvice.now(), false), new Matcher.InputTimedOut(true)));
    packs.add(RulePack.of("terminal", "1", Scope.BASE, List.of(SOURCE), terminal, "synthetic"));
    packs.add(
        RulePack.of("cross-border", "1", Scope.BASE, List.of(SOURCE),
            List.of(new Rule("abroad", List.of(new Matcher.CrossBorder(true)),
                Conclusion.builder(Cause.of("cross-border.card-abroad"), Category.CARD, Confidence.LIKELY, RetryAdvice.later())
                    .steps(List.of(Step.of(Audience.CARDHOLDER, "check-card-abroad")))
                    .supplementary(true)
                    .build(),
                List.of())),
            "synthetic"));
    packs.add(
        RulePack.of("chain", "1", Scope.CHAIN, List.of(SOURCE),
            List.of(new Rule("cross-store", List.of(Matcher.ResponseCodeIn.of("12", "24", "58"), new Matcher.TransactionTypeIn(Set.of(TransactionType.VOID, TransactionType.REFUND)), new Matcher.OriginalStoreDiffers(true)),
                conclusion("settlement.cross-store", Category.SETTLEMENT, RetryAdvice.never(), false), List.of())),
            "synthetic"));
    return packs;
  }

  static int ruleCount(List<RulePack> packs) {
    return packs.stream().mapToInt(p -> p.rules().size()).sum();
  }

  /** The baseline's table: code -> message, what a team copies into a POS app today. */
  static Map<String, String> messageTable() {
    Map<String, String> table = new HashMap<>();
    for (String code : CODES) {
      table.put(code, "Transaction failed (" + code + "), please contact the card issuer");
    }
    return table;
  }

  /** A mix like an authorization log: mostly host codes, some terminal failures, some foreign cards. */
  static TransactionOutcome[] outcomes(int count, long seed) {
    Random r = new Random(seed);
    Network[] networks = {Network.UNIONPAY, Network.UNIONPAY, Network.UNIONPAY, Network.VISA, Network.MASTERCARD, Network.AMEX, Network.JCB, Network.DISCOVER};
    TransactionOutcome[] outcomes = new TransactionOutcome[count];
    for (int i = 0; i < count; i++) {
      TransactionOutcome.Builder b = TransactionOutcome.builder(networks[r.nextInt(networks.length)]);
      int kind = r.nextInt(10);
      if (kind < 8) {
        b.responseCode(CODES.get(r.nextInt(CODES.size())));
      } else if (kind == 8) {
        b.terminal(TerminalState.builder().hostReply(HostReply.TIMEOUT).link(LinkStatus.UNSTABLE).build());
      } else {
        b.terminal(TerminalState.builder().reader(ReaderStatus.CHIP_ERROR).hostReply(HostReply.NOT_SENT).build());
      }
      if (r.nextInt(10) == 0) {
        b.issuerCountry(CountryCode.of("US")).merchant(MerchantContext.builder().country(CountryCode.of("CN")).build());
      }
      outcomes[i] = b.build();
    }
    return outcomes;
  }

  static String[] codesOf(TransactionOutcome[] outcomes) {
    String[] codes = new String[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      codes[i] = outcomes[i].responseCode().map(c -> c.value()).orElse("96");
    }
    return codes;
  }

  private static Rule codeRule(String id, String code, String cause) {
    return new Rule(id, List.of(Matcher.ResponseCodeIn.of(code)), conclusion(cause, Category.ISSUER, RetryAdvice.never(), false), List.of());
  }

  private static Rule rule(String id, Conclusion then, Matcher... when) {
    return new Rule(id, List.of(when), then, List.of());
  }

  private static Conclusion conclusion(String cause, Category category, RetryAdvice retry, boolean contactIssuer) {
    return Conclusion.builder(Cause.of(cause), category, Confidence.CERTAIN, retry)
        .contactIssuer(contactIssuer)
        .steps(List.of(Step.of(Audience.CASHIER, "record-details")))
        .build();
  }
}
