/**
 * Batch runs over authorization logs (JSON lines or CSV with a header of contract field names):
 * the diagnoses file, and an aggregate report by category, cause, store, issuer, network and hour
 * with the top causes and what to do, as JSON and as one self-contained HTML page with inline SVG.
 */
@NullMarked
package dev.posdx.cli.batch;

import org.jspecify.annotations.NullMarked;
