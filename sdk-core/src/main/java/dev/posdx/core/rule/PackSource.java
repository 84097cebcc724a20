package dev.posdx.core.rule;

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
    if (document.isBlank()) {
      throw new IllegalArgumentException("a source needs a document");
    }
    if (edition.isBlank()) {
      throw new IllegalArgumentException("source " + document + " needs an edition or date");
    }
  }

  @Override
  public String toString() {
    return document + " (" + edition + ")";
  }
}
