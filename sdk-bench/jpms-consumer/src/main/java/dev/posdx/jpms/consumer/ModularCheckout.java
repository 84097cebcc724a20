package dev.posdx.jpms.consumer;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.GuidanceRenderer;
import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Diagnoses the README's declined UnionPay payment from the module path and prints what a
 * modular application sees: the cause, the cashier's guidance and each posdx module's exports.
 */
public final class ModularCheckout {

  private ModularCheckout() {}

  /**
   * Prints the cause, retry decision, cashier guidance and exports; the JPMS consumer test reads
   * them.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Diagnosis diagnosis = Diagnoser.standard().diagnose(
        TransactionOutcome.builder(Network.UNIONPAY).responseCode("01").pan("6222021234567890128").build());
    System.out.println("module " + ModularCheckout.class.getModule().getName());
    System.out.println("cause " + diagnosis.cause().id());
    System.out.println("retry " + diagnosis.retry().decision());
    System.out.println("guidance " + GuidanceRenderer.standard().render(diagnosis, Audience.CASHIER, Locale.ENGLISH).text());
    for (String name : new String[] {"dev.posdx.core", "dev.posdx.rules", "dev.posdx.i18n"}) {
      ModuleDescriptor descriptor = ModuleLayer.boot().findModule(name).orElseThrow().getDescriptor();
      System.out.println("exports " + name + " " + descriptor.exports().stream()
          .map(e -> e.source() + (e.isQualified() ? "->" + String.join("+", new java.util.TreeSet<>(e.targets())) : ""))
          .sorted()
          .collect(Collectors.joining(" ")));
    }
    Module rules = ModuleLayer.boot().findModule("dev.posdx.rules").orElseThrow();
    System.out.println("internal visible " + rules.isExported("dev.posdx.rules.internal", ModularCheckout.class.getModule()));
  }
}
