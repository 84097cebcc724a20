/**
 * The built-in rule packs: one small {@link dev.posdx.rules.ResourcePackProvider} per pack, each
 * reading its YAML data file from this package and registered in {@code
 * META-INF/services/dev.posdx.core.spi.RulePackProvider}.
 */
@NullMarked
package dev.posdx.rules.packs;

import org.jspecify.annotations.NullMarked;
