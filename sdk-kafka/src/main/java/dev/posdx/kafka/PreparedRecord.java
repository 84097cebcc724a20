package dev.posdx.kafka;

import java.util.Optional;

/**
 * A raw record after intake: its ledger key (when it holds a full card number and a merchant id)
 * and its JSON with the card number masked, fit to cross a repartition topic.
 */
record PreparedRecord(Optional<String> ledgerKey, byte[] maskedJson) implements Intake {}
