/**
 * The output model: a {@link dev.posdx.core.diagnosis.Diagnosis} with its cause, category,
 * ranked findings, retry advice, steps per audience and trace. No rendered text lives here:
 * steps carry message keys and named arguments for the i18n module.
 */
@NullMarked
package dev.posdx.core.diagnosis;

import org.jspecify.annotations.NullMarked;
