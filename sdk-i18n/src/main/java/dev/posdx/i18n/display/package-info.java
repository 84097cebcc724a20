/**
 * How guidance text lands on a real device: {@link dev.posdx.i18n.display.ColumnWidth} counts
 * columns the way terminal displays and printers do (East Asian wide characters take two, marks
 * none), {@link dev.posdx.i18n.internal.LineBreaker} wraps text without starting a line with
 * closing punctuation, and a {@link dev.posdx.i18n.display.DisplayProfile} (16x2 and 20x4 LCDs,
 * 32- and 48-column receipts, graphic screens) picks the longest form that fits and reports
 * characters its charset cannot encode.
 */
@NullMarked
package dev.posdx.i18n.display;

import org.jspecify.annotations.NullMarked;
