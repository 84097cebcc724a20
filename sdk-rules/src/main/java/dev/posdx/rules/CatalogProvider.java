package dev.posdx.rules;

import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.spi.CauseCatalogProvider;

/**
 * Supplies the built-in cause catalog to {@link dev.posdx.core.Diagnoser#standard()}.
 *
 * @since 0.1
 */
public final class CatalogProvider implements CauseCatalogProvider {

  @Override
  public CauseCatalog catalog() {
    return CauseCatalogReader.builtIn();
  }
}
