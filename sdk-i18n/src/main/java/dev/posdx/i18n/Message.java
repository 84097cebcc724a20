package dev.posdx.i18n;

/**
 * One message as a bundle holds it: the raw text with its {@code {placeholders}}, and where it
 * came from.
 *
 * @param line the line the entry starts on, from 1; 0 for a programmatic override
 * @since 0.1
 */
public record Message(String key, String text, String source, int line) {}
