package dev.posdx.rules.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/**
 * The pre-2015 domestic meanings of UnionPay codes 05, 12, 21, A8 and B1 (scope ACQUIRER), for
 * acquirers whose hosts still answer with them. Deliberately not registered with {@link
 * java.util.ServiceLoader}: add it when your acquirer confirms it uses the legacy set.
 *
 * <pre>{@code
 * Diagnoser diagnoser = Diagnoser.builder()
 *     .addInstalledPacks()
 *     .addPacks(new UnionPayLegacyPack().packs())
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class UnionPayLegacyPack extends BuiltInPackProvider {

  /** Reads the pack from its compiled form on first use of {@link #packs()}. */
  public UnionPayLegacyPack() {
    super("unionpay-legacy");
  }
}
