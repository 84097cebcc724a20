package dev.posdx.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code that runs in posdx's own build on the build machine's JDK, never on a terminal: the
 * Android API check (animal-sniffer, configured with this name) skips it.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BuildTimeOnly {}
