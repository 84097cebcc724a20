package dev.posdx.rules.testpacks;

import dev.posdx.rules.ResourcePackProvider;

/** A STORE pack written in JSON, installed for the tests. */
public final class ExampleStorePack extends ResourcePackProvider {
  public ExampleStorePack() {
    super("example-store.json");
  }
}
