package dev.posdx.core.spi;

import dev.posdx.core.rule.CauseCatalog;

/**
 * Supplies the {@link CauseCatalog} to {@link dev.posdx.core.Diagnoser#standard()} through {@link
 * java.util.ServiceLoader}, registered in {@code
 * META-INF/services/dev.posdx.core.spi.CauseCatalogProvider}. Must be thread-safe.
 *
 * @since 0.1
 */
public interface CauseCatalogProvider {

  /**
   * The catalog.
   *
   * @return the catalog; the same content on every call
   * @throws RuntimeException with the resource, line and field when the data is bad
   */
  CauseCatalog catalog();
}
