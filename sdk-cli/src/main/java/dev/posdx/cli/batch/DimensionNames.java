package dev.posdx.cli.batch;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.outcome.Network;
import dev.posdx.i18n.MessageCatalog;
import java.util.Arrays;

/**
 * What a report shows for a key of one of its counts: a category, cause or network by its name in
 * the reader's language, the placeholders "(other)" and "(unknown)" translated; stores and issuers
 * as the data spells them. The ids themselves stay in the JSON report. Immutable.
 */
final class DimensionNames {

  private final ReportText text;
  private final MessageCatalog catalog;

  DimensionNames(ReportText text, MessageCatalog catalog) {
    this.text = text;
    this.catalog = catalog;
  }

  String of(String dimension, String key) {
    if (key.equals(Tally.OTHER)) {
      return text.get("other");
    }
    if (key.equals(Tally.UNKNOWN)) {
      return text.get("unknown");
    }
    return switch (dimension) {
      case "category" -> known(Category.class, key) ? text.name(Category.valueOf(key)) : key;
      case "cause" -> text.causeName(key, catalog);
      case "network" -> known(Network.class, key) ? text.networkName(Network.valueOf(key), catalog) : key;
      default -> key;
    };
  }

  private static boolean known(Class<? extends Enum<?>> type, String key) {
    return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(key));
  }
}
