package dev.posdx.core.diagnosis;

import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.MaskedPan;
import dev.posdx.core.outcome.ResponseCode;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What the cardholder or merchant needs to contact the issuer: who it is, when the directory
 * knows, and the facts to have ready. The card number is masked.
 *
 * @since 0.1
 */
public record IssuerContact(
    Optional<Issuer> issuer,
    Optional<ResponseCode> responseCode,
    Optional<ZonedDateTime> time,
    Optional<String> merchantId,
    Optional<String> terminalId,
    Optional<MaskedPan> pan,
    Optional<Amount> amount) {}
