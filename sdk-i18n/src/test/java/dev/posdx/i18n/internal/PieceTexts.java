package dev.posdx.i18n.internal;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/** Texts made of up to {@code max} pieces chosen from a list: the pieces that make and break what a parser looks for. */
final class PieceTexts {

  private PieceTexts() {}

  static Gen<String> of(List<String> pieces, int max) {
    return lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, max).map(picks -> {
      StringBuilder text = new StringBuilder();
      picks.forEach(i -> text.append(pieces.get(i)));
      return text.toString();
    });
  }
}
