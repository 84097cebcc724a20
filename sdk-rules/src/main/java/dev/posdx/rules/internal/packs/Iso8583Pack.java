package dev.posdx.rules.internal.packs;

import dev.posdx.rules.internal.BuiltInPackProvider;

/**
 * ISO 8583:1987 field 39 meanings for every network (scope BASE): the fallback where a network's
 * own pack has no rule for a code. Generated from the reference CSVs; see {@code README-packs.md}.
 *
 * @since 0.1
 */
public final class Iso8583Pack extends BuiltInPackProvider {

  public Iso8583Pack() {
    super("iso8583");
  }
}
