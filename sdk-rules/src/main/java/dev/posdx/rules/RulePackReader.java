package dev.posdx.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.io.ByteStreams;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.RulePackException.Location;
import dev.posdx.rules.RulePackException.Reason;
import dev.posdx.rules.internal.OptionalJackson;
import dev.posdx.rules.internal.PackDecoder;
import dev.posdx.rules.internal.PackDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads one rule pack, YAML or JSON, into a core {@link RulePack}: by the name's extension
 * ({@code .yaml}, {@code .yml}, {@code .json}), else by its first character. Every field is
 * checked; a bad pack fails with a {@link RulePackException} listing every problem found, each
 * with its resource, line, column and JSON pointer. Immutable and thread-safe.
 *
 * <p>Reading is bounded for data from outside (over-the-air updates): size, nesting depth and
 * rules per pack have limits, and YAML aliases are refused.
 *
 * <pre>{@code
 * RulePack pack = RulePackReader.standard().read(Path.of("packs/store-42.yaml"));
 * }</pre>
 *
 * @since 0.1
 */
public final class RulePackReader {

  /** The largest pack a reader accepts unless told otherwise, in bytes: 4 MiB. */
  public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
  /** How deep objects and lists may nest unless told otherwise. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** The most rules one pack may hold unless told otherwise. */
  public static final int DEFAULT_MAX_RULES = 10_000;

  /** The bounds a reader applies to one pack. */
  record Limits(int maxBytes, int maxDepth, int maxRules) {}

  private static final RulePackReader STANDARD =
      new RulePackReader(new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_RULES));

  private final Limits limits;

  private RulePackReader(Limits limits) {
    this.limits = limits;
  }

  /** {@return a reader with the default limits: 4 MiB, nesting depth 32, 10,000 rules} */
  public static RulePackReader standard() {
    return STANDARD;
  }

  /** {@return a builder whose limits start at the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a pack from its bytes.
   *
   * @param name the file or resource name, used to pick the format and in every error
   * @param content the whole document, at most the reader's size limit
   * @return the pack, checked
   * @throws RulePackException with every problem found
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws IllegalStateException if Jackson databind or its YAML module is not on the class path
   */
  public RulePack read(String name, byte[] content) {
    checkArgument(!name.isBlank(), "a pack needs a name for its errors");
    OptionalJackson.requireDatabindAndYaml("the custom-pack reader (RulePackReader)");
    if (content.length > limits.maxBytes()) {
      throw tooLarge(name);
    }
    PackDocument document = PackDocument.parse(name, content, limits.maxBytes(), limits.maxDepth());
    return new PackDecoder(document, limits.maxRules(), CauseCatalogReader.builtIn(), CauseCatalogReader.BUILT_IN).decode();
  }

  /**
   * Reads a pack from text (as UTF-8); see {@link #read(String, byte[])}.
   *
   * @param name the file or resource name, used to pick the format and in every error
   * @param content the whole document
   * @return the pack, checked
   * @throws RulePackException with every problem found
   */
  public RulePack read(String name, String content) {
    return read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a pack from a stream, such as an Android asset or an over-the-air download, reading no
   * more than the size limit allows. The caller closes the stream.
   *
   * @param name the file or resource name, used to pick the format and in every error
   * @param in the stream, read to its end or to the size limit
   * @return the pack, checked
   * @throws RulePackException with every problem found
   * @throws UncheckedIOException when the stream cannot be read
   */
  public RulePack read(String name, InputStream in) {
    byte[] content;
    try {
      content = ByteStreams.toByteArray(ByteStreams.limit(in, limits.maxBytes() + 1L));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack " + name, e);
    }
    if (content.length > limits.maxBytes()) {
      throw tooLarge(name);
    }
    return read(name, content);
  }

  /**
   * Reads a pack file; errors name it as given.
   *
   * @param file the pack file; its extension picks the format
   * @return the pack, checked
   * @throws RulePackException with every problem found
   * @throws UncheckedIOException when the file cannot be read
   */
  public RulePack read(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack " + name, e);
    }
  }

  private RulePackException tooLarge(String name) {
    return new RulePackException(
        Reason.LIMIT_EXCEEDED, Location.of(name, ""), "a pack may be at most " + limits.maxBytes() + " bytes");
  }

  int maxBytes() {
    return limits.maxBytes();
  }

  @Override
  public String toString() {
    return "RulePackReader" + limits;
  }

  /** Builds a {@link RulePackReader}; each limit may be set once. Not thread-safe. */
  public static final class Builder {
    private int maxBytes = -1;
    private int maxDepth = -1;
    private int maxRules = -1;

    private Builder() {}

    /**
     * Sets the largest pack in bytes (default 4 MiB).
     *
     * @param maxBytes the limit; at least 64
     * @return this builder
     * @throws IllegalArgumentException if {@code maxBytes} is below 64
     * @throws IllegalStateException if it was already set
     */
    public Builder maxBytes(int maxBytes) {
      checkState(this.maxBytes < 0, "maxBytes was already set to %s", this.maxBytes);
      checkArgument(maxBytes >= 64, "maxBytes must be at least 64, got %s", maxBytes);
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Sets how deep objects and lists may nest (default 32; a valid pack needs 8).
     *
     * @param maxDepth the limit, 8-1000
     * @return this builder
     * @throws IllegalArgumentException if {@code maxDepth} is outside 8-1000
     * @throws IllegalStateException if it was already set
     */
    public Builder maxDepth(int maxDepth) {
      checkState(this.maxDepth < 0, "maxDepth was already set to %s", this.maxDepth);
      checkArgument(maxDepth >= 8 && maxDepth <= 1000, "maxDepth must be 8-1000, got %s", maxDepth);
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * Sets the most rules one pack may hold (default 10,000).
     *
     * @param maxRules the limit; at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxRules} is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxRules(int maxRules) {
      checkState(this.maxRules < 0, "maxRules was already set to %s", this.maxRules);
      checkArgument(maxRules >= 1, "maxRules must be at least 1, got %s", maxRules);
      this.maxRules = maxRules;
      return this;
    }

    /** {@return a reader with the limits set, the defaults for the rest} */
    public RulePackReader build() {
      int[] chosen = {
        maxBytes < 0 ? DEFAULT_MAX_BYTES : maxBytes,
        maxDepth < 0 ? DEFAULT_MAX_DEPTH : maxDepth,
        maxRules < 0 ? DEFAULT_MAX_RULES : maxRules
      };
      assert Arrays.stream(chosen).allMatch(n -> n > 0);
      return new RulePackReader(new Limits(chosen[0], chosen[1], chosen[2]));
    }
  }
}
