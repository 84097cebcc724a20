/**
 * Rule packs as data: {@link dev.posdx.rules.RulePackReader} reads one YAML or JSON pack into a
 * core {@link dev.posdx.core.rule.RulePack}, {@link dev.posdx.rules.RulePacks} loads and checks a
 * set of packs (installed through {@link java.util.ServiceLoader}, from files, directories or
 * streams), {@link dev.posdx.rules.ResourcePackProvider} is the base of a provider for a pack
 * of your own shipped in a jar (the built-in packs are compiled at build time and read without a
 * parser; reading YAML or JSON at run time needs Jackson, an optional dependency), and {@link dev.posdx.rules.SwappableDiagnoser} swaps a running engine to a new set
 * atomically. Every error names its file, line, column and JSON pointer.
 */
@NullMarked
package dev.posdx.rules;

import org.jspecify.annotations.NullMarked;
