package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/**
 * China UnionPay response codes as Q/CUP 006.6-2015 defines them (scope NETWORK), with the
 * specification's recommended zh-Hans terminal text. Generated from the reference CSVs.
 *
 * @since 0.1
 */
public final class UnionPayPack extends BuiltInPackProvider {

  public UnionPayPack() {
    super("unionpay");
  }
}
