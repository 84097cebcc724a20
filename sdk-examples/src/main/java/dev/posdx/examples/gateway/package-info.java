/**
 * Example: a payment gateway enriching its own authorization log with diagnoses, record by
 * record. See {@code sdk-examples/examples/gateway}.
 */
@NullMarked
package dev.posdx.examples.gateway;

import org.jspecify.annotations.NullMarked;
