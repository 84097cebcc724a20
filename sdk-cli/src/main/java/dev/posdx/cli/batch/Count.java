package dev.posdx.cli.batch;

/** One key of a report dimension (a cause, a store, an hour) and how often it was seen. */
public record Count(String key, long count) {}
