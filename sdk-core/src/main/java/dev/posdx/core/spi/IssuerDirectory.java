package dev.posdx.core.spi;

import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.outcome.MaskedPan;
import java.util.Optional;

/**
 * Names the issuer of a card from its BIN and length, so that a diagnosis that tells the
 * cardholder to contact the issuer can say which bank and which number to call. Found through
 * {@link java.util.ServiceLoader} by {@link dev.posdx.core.Diagnoser#standard()}.
 *
 * <p>Implementations must be thread-safe and must not block for long: they run on the diagnose
 * path.
 *
 * @since 0.1
 */
public interface IssuerDirectory {

  /**
   * Names the issuer of this card.
   *
   * @param pan the masked card number: its BIN and length are what the lookup may use
   * @return the issuer; empty when the directory does not know the card
   */
  Optional<Issuer> lookup(MaskedPan pan);
}
