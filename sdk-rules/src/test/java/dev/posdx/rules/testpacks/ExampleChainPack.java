package dev.posdx.rules.testpacks;

import dev.posdx.rules.ResourcePackProvider;

/** The annotated example pack of PACK_FORMAT.md, installed for the tests. */
public final class ExampleChainPack extends ResourcePackProvider {
  public ExampleChainPack() {
    super("example-chain.yaml");
  }
}
