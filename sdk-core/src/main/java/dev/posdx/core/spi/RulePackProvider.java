package dev.posdx.core.spi;

import dev.posdx.core.rule.RulePack;
import java.util.List;

/**
 * Supplies rule packs to {@link dev.posdx.core.Diagnoser#standard()} through {@link
 * java.util.ServiceLoader}: one small class registered in {@code
 * META-INF/services/dev.posdx.core.spi.RulePackProvider}, reading its data through its own class
 * so that it works on any class loader, Android's included.
 *
 * <p>Implementations must be thread-safe; {@link #packs()} may be called more than once.
 *
 * @since 0.1
 */
public interface RulePackProvider {

  /**
   * The packs this provider supplies.
   *
   * @return the packs; empty when the provider has none to give
   * @throws RuntimeException with the resource, line and field when a pack's data is bad
   */
  List<RulePack> packs();
}
