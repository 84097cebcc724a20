package dev.posdx.examples.contract;

import dev.posdx.core.diagnosis.Diagnosis;
import java.util.Locale;

/**
 * Renders a diagnosis into the texts of the contract's {@code messages} and {@code steps}. The
 * cashier and merchant read {@code locale}; the cardholder's language is negotiated from the card,
 * widened by the merchant's country, then {@code locale}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface GuidanceRenderer {

  Guidance render(Diagnosis diagnosis, Locale locale);
}
