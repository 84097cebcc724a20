package dev.posdx.kafka;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.posdx.examples.contract.GuidanceTexts;
import dev.posdx.rules.RulePacks;
import dev.posdx.rules.SwappableDiagnoser;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * posdx as a Kafka Streams topology. Authorization records in the JSON-lines contract (bytes,
 * any key) on the input topic become diagnoses in the contract on the output topic under the same
 * key; a record that cannot be used becomes the contract's error object plus its source topic,
 * partition and offset on the error topic. Nothing is dropped and no record stops the stream.
 *
 * <pre>{@code
 * PosdxTopology posdx = PosdxTopology.builder()
 *     .input("authorizations").output("diagnoses").errors("posdx-errors")
 *     .ledger(LedgerKeys.withSecret(secret))                    // count declines per card and merchant
 *     .packs("posdx-packs", "posdx-pack-status")                 // live pack updates
 *     .build();
 * KafkaStreams streams = new KafkaStreams(posdx.topology(), PosdxTopology.defaults("posdx", "broker:9092"));
 * }</pre>
 *
 * <p>Steps: intake (reads the full card number once, keys by {@link LedgerKeys}, masks) →
 * repartition by ledger key, so that one card at one merchant is always counted by one task →
 * enrichment (window store ledger, live diagnoser, renderer). Packs published to the compacted
 * packs topic reach every instance through a global store. One instance of this class serves one
 * {@code KafkaStreams}: it holds that instance's live pack set.
 *
 * @since 0.1
 */
public final class PosdxTopology {

  /** The ledger's window store; its changelog topic is {@code <application.id>-posdx-ledger-changelog}. */
  public static final String LEDGER_STORE = "posdx-ledger";

  /** The global store of accepted published packs. */
  public static final String PACKS_STORE = "posdx-packs";

  /** The repartition topic is {@code <application.id>-posdx-by-card-repartition}. */
  public static final String REPARTITION = "posdx-by-card";

  private final Builder settings;
  // Copied once checked: build() refuses a builder without them.
  private final String input;
  private final String output;
  private final String errors;
  private final SwappableDiagnoser diagnoser;
  private final Queue<PackUpdate> statusOutbox = new ConcurrentLinkedQueue<>();
  private final Topology topology;

  private PosdxTopology(Builder settings) {
    this.settings = settings;
    this.input = checkNotNull(settings.input);
    this.output = checkNotNull(settings.output);
    this.errors = checkNotNull(settings.errors);
    this.diagnoser = SwappableDiagnoser.of(settings.basePacks);
    this.topology = build();
  }

  /** {@return a builder; the input, output and errors topics are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The documented defaults: exactly-once processing ({@code exactly_once_v2}), byte-array serdes;
   * a caller's own properties may then override any of them.
   *
   * @param applicationId the Kafka Streams application id, shared by the instances of one deployment
   * @param bootstrapServers the brokers, as {@code host:port[,host:port...]}
   * @return new properties the caller may change
   */
  public static Properties defaults(String applicationId, String bootstrapServers) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
    // The packs topic is read by the global thread: its errors go to the same handler as the rest.
    p.put("processing.exception.handler.global.enabled", "true");
    return p;
  }

  /** {@return the Kafka Streams topology to run} */
  public Topology topology() {
    return topology;
  }

  /** {@return the pack set this instance serves now (base packs and accepted published packs)} */
  public SwappableDiagnoser diagnoser() {
    return diagnoser;
  }

  private Topology build() {
    StreamsBuilder sb = new StreamsBuilder();
    RecordEnricher enricher = settings.keys
        .map(k -> RecordEnricher.create(diagnoser, settings.texts, settings.locale, settings.lenient, k, RecordEnricher.NO_LEDGER))
        .orElseGet(() -> RecordEnricher.withoutLedger(diagnoser, settings.texts, settings.locale, settings.lenient));
    if (settings.packsTopic != null) {
      PublishedPacks published = new PublishedPacks(settings.packsTopic, settings.basePacks, diagnoser);
      sb.addGlobalStore(
          Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PACKS_STORE), Serdes.String(), Serdes.ByteArray())
              .withLoggingDisabled(),
          settings.packsTopic,
          Consumed.with(Serdes.String(), Serdes.ByteArray()),
          () -> new PackFeedProcessor(published, PACKS_STORE, statusOutbox));
    }
    Optional<String> ledgerStore = Optional.empty();
    if (settings.keys.isPresent()) {
      ledgerStore = Optional.of(LEDGER_STORE);
      // One entry per decline at its time; duplicates kept, since two declines may share a millisecond.
      sb.addStateStore(Stores.windowStoreBuilder(
          Stores.persistentWindowStore(LEDGER_STORE, settings.ledgerRetention, Duration.ofMillis(1), true),
          Serdes.String(), Serdes.Long()));
    }
    KStream<byte[], byte[]> raw = sb.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()));
    Map<String, KStream<String, Staged>> intake =
        raw.process(() -> new IntakeProcessor(enricher, statusOutbox, settings.instance), Named.as("posdx-intake"))
            .split(Named.as("posdx-intake-"))
            .branch((k, v) -> v instanceof Staged.Prepared, Branched.as("prepared"))
            .defaultBranch(Branched.as("finished"));
    route(branch(intake, "posdx-intake-finished"), "posdx-intake");
    Optional<String> store = ledgerStore;
    KStream<String, Staged> enriched =
        branch(intake, "posdx-intake-prepared")
            .repartition(Repartitioned.with(Serdes.String(), Staged.serde()).withName(REPARTITION))
            .process(() -> new EnrichProcessor(enricher, store), Named.as("posdx-enrich"), store.stream().toArray(String[]::new));
    route(enriched, "posdx-enrich");
    return sb.build();
  }

  /** Sends finished records to their topics: output, errors, status. */
  private void route(KStream<String, Staged> finished, String step) {
    Map<String, KStream<String, Staged>> byTopic = finished.split(Named.as(step + "-to-"))
        .branch((k, v) -> destination(v) == Staged.Destination.OUTPUT, Branched.as("output"))
        .branch((k, v) -> destination(v) == Staged.Destination.ERRORS, Branched.as("errors"))
        .defaultBranch(Branched.as("status"));
    send(branch(byTopic, step + "-to-output"), output);
    send(branch(byTopic, step + "-to-errors"), errors);
    if (settings.statusTopic != null) {
      send(branch(byTopic, step + "-to-status"), settings.statusTopic);
    }
  }

  private static Staged.Destination destination(Staged staged) {
    return ((Staged.Finished) staged).destination();
  }

  // Every name looked up is one the split above declared.
  private static KStream<String, Staged> branch(Map<String, KStream<String, Staged>> branches, String name) {
    return checkNotNull(branches.get(name), "no branch %s", name);
  }

  private static void send(KStream<String, Staged> records, String topic) {
    records.map((k, v) -> KeyValue.pair(((Staged.Finished) v).key(), ((Staged.Finished) v).value()))
        .to(topic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
  }

  @Override
  public String toString() {
    return "PosdxTopology[" + input + " -> " + output + ", errors " + errors
        + (settings.packsTopic == null ? "" : ", packs " + settings.packsTopic) + ", " + settings.keys.map(Object::toString).orElse("no ledger") + "]";
  }

  /** Settings for a {@link PosdxTopology}; each may be given once. Not thread-safe. */
  public static final class Builder {
    private @Nullable String input;
    private @Nullable String output;
    private @Nullable String errors;
    private @Nullable String packsTopic;
    private @Nullable String statusTopic;
    private Optional<LedgerKeys> keys = Optional.empty();
    private Duration ledgerRetention = Duration.ofDays(31);
    private RulePacks basePacks = RulePacks.installed();
    private GuidanceTexts texts = GuidanceTexts.standard();
    private Locale locale = Locale.ENGLISH;
    private boolean lenient;
    private String instance = "posdx";
    private final java.util.Set<String> given = new java.util.HashSet<>();

    private Builder() {}

    private void once(String setting) {
      checkState(given.add(setting), "%s was already set", setting);
    }

    /**
     * Sets the topic of authorization records (JSON-lines contract, one object per record).
     *
     * @param topic the topic's name
     * @return this builder
     * @throws IllegalArgumentException if the name is not a valid topic name
     * @throws IllegalStateException if it was already set
     */
    public Builder input(String topic) {
      once("input");
      this.input = topic(topic, "input");
      return this;
    }

    /**
     * Sets the topic diagnoses go to, under each record's own key.
     *
     * @param topic the topic's name
     * @return this builder
     * @throws IllegalArgumentException if the name is not a valid topic name
     * @throws IllegalStateException if it was already set
     */
    public Builder output(String topic) {
      once("output");
      this.output = topic(topic, "output");
      return this;
    }

    /**
     * Sets the topic unusable records' errors go to, with their source coordinates.
     *
     * @param topic the topic's name
     * @return this builder
     * @throws IllegalArgumentException if the name is not a valid topic name
     * @throws IllegalStateException if it was already set
     */
    public Builder errors(String topic) {
      once("errors");
      this.errors = topic(topic, "errors");
      return this;
    }

    /**
     * Sets the live pack updates: a compacted topic keyed by pack id, and the topic their outcome is
     * reported on.
     *
     * @param packsTopic the compacted topic of pack files
     * @param statusTopic the topic of {@link PackUpdate}s
     * @return this builder
     * @throws IllegalArgumentException if a name is not a valid topic name
     * @throws IllegalStateException if it was already set
     */
    public Builder packs(String packsTopic, String statusTopic) {
      once("packs");
      this.packsTopic = topic(packsTopic, "packs");
      this.statusTopic = topic(statusTopic, "status");
      return this;
    }

    /**
     * Counts declines per card and merchant under these keys. Without it, records keep their own count.
     *
     * @param keys the keys, the same on every instance
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder ledger(LedgerKeys keys) {
      once("ledger");
      this.keys = Optional.of(keys);
      return this;
    }

    /**
     * Sets how long the ledger keeps a decline: at least the longest scheme window (default 31 days).
     *
     * @param retention the retention; at least a minute
     * @return this builder
     * @throws IllegalArgumentException if it is under a minute
     * @throws IllegalStateException if it was already set
     */
    public Builder ledgerRetention(Duration retention) {
      once("ledgerRetention");
      checkArgument(retention.compareTo(Duration.ofMinutes(1)) >= 0, "ledger retention must be at least a minute, got %s", retention);
      this.ledgerRetention = retention;
      return this;
    }

    /**
     * Sets the packs served before any is published (default: the built-in packs).
     *
     * @param packs the base packs
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder basePacks(RulePacks packs) {
      once("basePacks");
      this.basePacks = packs;
      return this;
    }

    /**
     * Sets the bundles the guidance is rendered from (default: the shipped ones).
     *
     * @param texts the texts
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder texts(GuidanceTexts texts) {
      once("texts");
      this.texts = texts;
      return this;
    }

    /**
     * Sets the cashier's and merchant's language when a record names none (default English).
     *
     * @param locale the locale
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder locale(Locale locale) {
      once("locale");
      this.locale = locale;
      return this;
    }

    /**
     * Ignore unknown fields instead of refusing the record (card secrets are refused either way).
     *
     * @param lenient true to ignore unknown fields
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder lenient(boolean lenient) {
      once("lenient");
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets this instance's name on the status topic (default {@code posdx}).
     *
     * @param name the name; not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     * @throws IllegalStateException if it was already set
     */
    public Builder instance(String name) {
      once("instance");
      checkArgument(!name.isBlank(), "the instance name must not be blank");
      this.instance = name;
      return this;
    }

    /**
     * Builds the topology.
     *
     * @return the topology, serving the base packs
     * @throws IllegalStateException naming the missing topic
     * @throws dev.posdx.rules.RulePackException when the base packs fail their examples
     */
    public PosdxTopology build() {
      checkState(input != null, "the input topic is required: input(\"...\")");
      checkState(output != null, "the output topic is required: output(\"...\")");
      checkState(errors != null, "the error topic is required: errors(\"...\")");
      return new PosdxTopology(this);
    }

    private static String topic(String name, String what) {
      checkArgument(name.matches("[A-Za-z0-9._-]{1,249}"), "the %s topic must be 1-249 of A-Z a-z 0-9 . _ -, got \"%s\"", what, name);
      return name;
    }
  }
}
