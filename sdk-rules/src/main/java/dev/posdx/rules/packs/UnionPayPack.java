package dev.posdx.rules.packs;

import dev.posdx.rules.ResourcePackProvider;

/**
 * China UnionPay response codes as Q/CUP 006.6-2015 defines them (scope NETWORK), with the
 * specification's recommended zh-Hans terminal text. Generated from the reference CSVs.
 *
 * @since 0.1
 */
public final class UnionPayPack extends ResourcePackProvider {

  public UnionPayPack() {
    super("/dev/posdx/rules/packs/unionpay.yaml");
  }
}
