/**
 * The public JSON-lines contract of the command line: one outcome per input line, one diagnosis (or
 * error naming the line and field) per output line, in order and in constant memory. Holds the
 * streaming writer for a core {@code Diagnosis}, the line splitter, strict UTF-8 checking and the
 * PAN redactor that guards every string written.
 */
@NullMarked
package dev.posdx.examples.contract;

import org.jspecify.annotations.NullMarked;
