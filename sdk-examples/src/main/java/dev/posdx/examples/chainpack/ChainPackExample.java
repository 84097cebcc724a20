package dev.posdx.examples.chainpack;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.i18n.GuidanceRenderer;
import dev.posdx.rules.RulePacks;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A chain's own packs, loaded from a directory beside the built-in ones: Bright Mart's chain pack
 * (cross-store refunds go to head-office settlement) and one store's override (a franchise whose
 * refunds go to its own acquirer). The same refund is diagnosed in three places to show which
 * pack wins: the store's, the chain's, or the built-in one for a merchant outside the chain.
 *
 * <p>Run: {@code java -cp ... dev.posdx.examples.chainpack.ChainPackExample [DIR] [LOCALE]}; the
 * directory defaults to {@code sdk-examples/examples/chain-pack}.
 */
public final class ChainPackExample {

  private ChainPackExample() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args the pack directory, then the locale (default {@code zh-CN}); both optional
   */
  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0]) : defaultDirectory();
    Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "zh-CN");
    run(dir, locale, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Loads the packs of {@code dir}, checks their examples, and diagnoses three refunds.
   *
   * @param dir the directory of the chain's pack files
   * @param locale the language the guidance is printed in
   * @param out where the walk-through is printed
   * @return the three diagnoses, in the order printed
   * @throws dev.posdx.rules.RulePackException naming the file, line and field when a pack is bad
   */
  public static List<Diagnosis> run(Path dir, Locale locale, PrintStream out) {
    // Every pack file of the directory, beside the built-ins; a bad file fails with its line and field.
    RulePacks packs = RulePacks.installed().with(RulePacks.fromPath(dir)).checkExamples();
    Diagnoser diagnoser = Diagnoser.builder().addPacks(packs.packs()).addInstalledIssuerDirectory().build();
    out.println("Loaded " + packs.size() + " packs (" + diagnoser.ruleCount() + " rules), with from " + dir + ":");
    RulePacks.fromPath(dir).packs().forEach(p -> out.println("  " + p));
    out.println();

    List<Diagnosis> diagnoses = List.of(
        refund(diagnoser, "bright-mart", "s-0017", out, locale),
        refund(diagnoser, "bright-mart", "s-0042", out, locale),
        refund(diagnoser, "other-chain", "s-0017", out, locale));
    return diagnoses;
  }

  private static Diagnosis refund(Diagnoser diagnoser, String chain, String store, PrintStream out, Locale locale) {
    TransactionOutcome refund = TransactionOutcome.builder(Network.UNIONPAY)
        .responseCode("25")
        .transactionType(TransactionType.REFUND)
        .merchant(MerchantContext.builder().chainId(chain).storeId(store).originalStoreId("s-0003").build())
        .build();
    Diagnosis d = diagnoser.diagnose(refund);
    var rule = d.trace().get(0);
    out.println("Refund at " + chain + "/" + store + " of a sale made in s-0003:");
    out.println("  " + d.cause() + " from pack " + rule.packId() + " (rule " + rule.ruleId() + ")");
    GuidanceRenderer.standard().render(d, Audience.MERCHANT, locale).steps()
        .forEach(step -> out.println("  merchant: " + step));
    out.println();
    return d;
  }

  private static Path defaultDirectory() {
    Path fromRoot = Path.of("sdk-examples", "examples", "chain-pack");
    return Files.isDirectory(fromRoot) ? fromRoot : Path.of("examples", "chain-pack");
  }
}
