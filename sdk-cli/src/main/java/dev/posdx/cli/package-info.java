/**
 * The {@code posdx} command line (picocli): {@code demo}, {@code diagnose}, {@code batch}, {@code
 * explain}, {@code packs}, {@code validate} and {@code contact-kit}, each with {@code --help} and
 * {@code --packs DIR} for a chain's or vendor's own packs beside the built-in ones; {@code
 * completion} prints the bash/zsh completion script. An application: nothing here is API.
 */
@NullMarked
package dev.posdx.cli;

import org.jspecify.annotations.NullMarked;
