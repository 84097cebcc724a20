package dev.posdx.rules.internal;

import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.spi.CauseCatalogProvider;

/** Supplies the built-in cause catalog, from its compiled form, to {@link dev.posdx.core.Diagnoser#standard()}. */
public final class CatalogProvider implements CauseCatalogProvider {

  @Override
  public CauseCatalog catalog() {
    return BuiltInCatalog.get();
  }
}
