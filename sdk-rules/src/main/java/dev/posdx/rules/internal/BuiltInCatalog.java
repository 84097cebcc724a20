package dev.posdx.rules.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.posdx.core.rule.CauseCatalog;

/** The built-in cause catalog, read once from its compiled form. Thread-safe. */
public final class BuiltInCatalog {

  // Not a holder class: a failing static initializer would poison the class for the JVM's life.
  private static final Supplier<CauseCatalog> CATALOG =
      Suppliers.memoize(() -> CompiledPackReader.readCatalog(CompiledForm.BUILT_IN_CATALOG, BuiltInPackProvider.bytes(BuiltInCatalog.class, CompiledForm.BUILT_IN_CATALOG)));

  private BuiltInCatalog() {}

  /** The catalog shipped with posdx-rules: every cause the built-in packs name. */
  @SuppressWarnings("NullAway") // Guava's Supplier.get() reads as nullable outside JSpecify mode (JDK 17); the reader never returns null
  public static CauseCatalog get() {
    return CATALOG.get();
  }
}
