package dev.posdx.rules.internal;

import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.spi.CauseCatalogProvider;
import dev.posdx.rules.CauseCatalogReader;

/** Supplies the built-in cause catalog to {@link dev.posdx.core.Diagnoser#standard()}. */
public final class CatalogProvider implements CauseCatalogProvider {

  @Override
  public CauseCatalog catalog() {
    return CauseCatalogReader.builtIn();
  }
}
