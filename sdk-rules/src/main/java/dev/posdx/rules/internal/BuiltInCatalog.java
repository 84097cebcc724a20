package dev.posdx.rules.internal;

import dev.posdx.core.rule.CauseCatalog;
import org.jspecify.annotations.Nullable;

/** The built-in cause catalog, read once from its compiled form. Thread-safe. */
public final class BuiltInCatalog {

  // Not a holder class: a failing static initializer would poison the class for the JVM's life.
  // Not Suppliers.memoize: its lambda and Guava classes would be spun and loaded at start-up.
  private static final Object LOCK = new Object();
  private static volatile @Nullable CauseCatalog catalog;

  private BuiltInCatalog() {}

  /** The catalog shipped with posdx-rules: every cause the built-in packs name. */
  public static CauseCatalog get() {
    CauseCatalog read = catalog;
    if (read == null) {
      synchronized (LOCK) {
        read = catalog;
        if (read == null) {
          read = CompiledPackReader.readCatalog(CompiledForm.BUILT_IN_CATALOG, BuiltInPackProvider.bytes(BuiltInCatalog.class, CompiledForm.BUILT_IN_CATALOG));
          catalog = read;
        }
      }
    }
    return read;
  }
}
