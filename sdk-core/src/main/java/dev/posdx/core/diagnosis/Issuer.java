package dev.posdx.core.diagnosis;

import java.util.Optional;

/**
 * A card issuer as a directory knows it.
 *
 * @param id a stable code such as {@code ICBC}
 * @param name the bank's name in its own language
 * @param hotline the customer-service number printed for cardholders, when known
 * @since 0.1
 */
public record Issuer(String id, String name, Optional<String> hotline) {}
