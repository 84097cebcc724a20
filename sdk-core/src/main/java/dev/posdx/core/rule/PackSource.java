package dev.posdx.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A document a pack's facts come from.
 *
 * @param document its title, for example {@code Q/CUP 006.6-2015 Annex A.2.1}
 * @param edition the edition or the date it was read, for example {@code 2015} or {@code 2025-02-26}
 * @since 0.1
 */
public record PackSource(String document, String edition) {

  /**
   * @param document the document's title; not blank
   * @param edition the edition or the date it was read; not blank
   * @throws IllegalArgumentException if either is blank
   */
  public PackSource {
    checkArgument(!document.isBlank(), "a source needs a document");
    checkArgument(!edition.isBlank(), "source %s needs an edition or date", document);
  }

  @Override
  public String toString() {
    return document + " (" + edition + ")";
  }
}
