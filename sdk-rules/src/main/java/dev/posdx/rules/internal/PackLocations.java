package dev.posdx.rules.internal;

import static com.google.common.base.Preconditions.checkState;

import dev.posdx.rules.RulePackException.Location;
import org.jspecify.annotations.Nullable;

/**
 * Finds the line and column of a JSON pointer in a pack's source, for the pack compiler's
 * messages about a failing example. The pack parser lends it from its class initializer, as
 * {@link OutcomeTrees} is lent its reader, so no parser type shows here.
 */
public final class PackLocations {

  /** What the pack parser lends. */
  public interface Locator {
    Location locate(String resource, byte[] content, String pointer);
  }

  private static volatile @Nullable Locator locator;

  private PackLocations() {}

  /** Called once, by the pack parser's class initializer. */
  public static void lend(Locator lent) {
    checkState(locator == null, "the pack parser has already lent its locator");
    locator = lent;
  }

  /** Where {@code pointer} is written in {@code content}; call after a pack was read, so that the parser is initialized. */
  static Location locate(String resource, byte[] content, String pointer) {
    Locator l = locator;
    checkState(l != null, "the pack parser lends its locator once a pack has been read");
    return l.locate(resource, content, pointer);
  }
}
