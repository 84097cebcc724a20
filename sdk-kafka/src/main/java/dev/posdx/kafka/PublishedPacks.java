package dev.posdx.kafka;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackReader;
import dev.posdx.rules.RulePacks;
import dev.posdx.rules.SwappableDiagnoser;
import dev.posdx.rules.internal.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The packs published on the packs topic that one instance serves beside its base packs (the
 * built-in ones and any given at start). Each update is read, checked against every other pack
 * (ids, examples) and swapped in atomically; a refused update leaves the set in use untouched.
 * Not thread-safe: the thread that reads the packs topic applies every update.
 */
final class PublishedPacks {

  /** Published packs narrow advice for one business; a network or base pack ships with a release. */
  static final Set<Scope> PUBLISHABLE = EnumSet.of(Scope.STORE, Scope.CHAIN, Scope.ACQUIRER, Scope.BANK);

  private static final Pattern PACK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String topic;
  private final RulePacks base;
  private final SwappableDiagnoser live;
  private final RulePackReader reader = RulePackReader.standard();
  private final Map<String, RulePack> published = new TreeMap<>();

  PublishedPacks(String topic, RulePacks base, SwappableDiagnoser live) {
    this.topic = topic;
    this.base = base;
    this.live = live;
  }

  /** Applies one record of the packs topic: a pack file (YAML or JSON) under its id, or a tombstone. */
  PackUpdate apply(String id, byte @Nullable [] content) {
    if (!PACK_ID.matcher(id).matches() || !Redaction.scrubCardNumbers(id).equals(id)) {
      // The key is echoed on the status topic: one that could hold a card number is not.
      return refused(Redaction.scrubCardNumbers(id), Optional.empty(),
          List.of("the record key must be the pack's id (1-64 of A-Z a-z 0-9 . _ -, no run of 12 digits), got "
              + Redaction.quoteData(id)));
    }
    if (content == null) {
      return remove(id);
    }
    String name = topic + "/" + id + (looksLikeJson(content) ? ".json" : ".yaml");
    RulePack pack;
    try {
      pack = reader.read(name, content);
    } catch (RulePackException e) {
      return refused(id, Optional.empty(), problems(e));
    }
    if (!pack.id().equals(id)) {
      return refused(id, Optional.of(pack.version()),
          List.of(name + ": the record key " + id + " must equal the pack's id " + Redaction.quoteData(pack.id())));
    }
    if (!PUBLISHABLE.contains(pack.scope())) {
      return refused(id, Optional.of(pack.version()),
          List.of(name + ": a published pack's scope must be one of " + PUBLISHABLE + ", got " + pack.scope()));
    }
    Map<String, RulePack> next = new TreeMap<>(published);
    next.put(id, pack);
    try {
      swapTo(next);
    } catch (RulePackException e) {
      return refused(id, Optional.of(pack.version()), problems(e));
    }
    published.put(id, pack);
    return new PackUpdate(id, PackUpdate.Status.ACCEPTED, Optional.of(pack.version()), List.of(), published.size());
  }

  private PackUpdate remove(String id) {
    if (!published.containsKey(id)) {
      return new PackUpdate(id, PackUpdate.Status.REMOVED, Optional.empty(), List.of(), published.size());
    }
    Map<String, RulePack> next = new TreeMap<>(published);
    RulePack removed = checkNotNull(next.remove(id)); // present: checked just above
    try {
      swapTo(next);
    } catch (RulePackException e) {
      // Another published pack's examples need this one: it stays until that one changes.
      return refused(id, Optional.of(removed.version()), problems(e));
    }
    published.remove(id);
    return new PackUpdate(id, PackUpdate.Status.REMOVED, Optional.of(removed.version()), List.of(), published.size());
  }

  private void swapTo(Map<String, RulePack> next) {
    List<RulePack> all = new ArrayList<>(base.packs());
    all.addAll(next.values());
    live.swap(RulePacks.of(all));
  }

  /** The published packs now served, by id. */
  List<String> ids() {
    return ImmutableList.copyOf(published.keySet());
  }

  private PackUpdate refused(String id, Optional<String> version, List<String> problems) {
    return new PackUpdate(id, PackUpdate.Status.REFUSED, version, problems, published.size());
  }

  private static List<String> problems(RulePackException e) {
    return e.problems().stream().map(RulePackException.Problem::toString).toList();
  }

  private static boolean looksLikeJson(byte[] content) {
    String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).stripLeading();
    return start.startsWith("{");
  }
}
