package dev.posdx.core.rule;

import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.internal.Frozen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One truth per cause: every cause's {@link CauseDefinition}, and the relation "cause A explains
 * cause B" that puts a root cause before its consequence. Validated on construction: every
 * explained cause is defined and the relation has no cycle. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CauseCatalog {

  private static final CauseCatalog EMPTY = new CauseCatalog(List.of(), "none");

  private final Map<Cause, CauseDefinition> causes;
  private final String origin;
  // Read-only after construction; never handed out.
  private final Map<Cause, Set<Cause>> closure;

  private CauseCatalog(List<CauseDefinition> definitions, String origin) {
    Map<Cause, CauseDefinition> byCause = new HashMap<>();
    for (CauseDefinition d : definitions) {
      if (byCause.putIfAbsent(d.cause(), d) != null) {
        throw new IllegalArgumentException(origin + " defines cause " + d.cause() + " twice");
      }
    }
    for (CauseDefinition d : definitions) {
      for (Cause explained : d.explains()) {
        if (!byCause.containsKey(explained)) {
          throw new IllegalArgumentException(origin + ": cause " + d.cause() + " explains " + explained + ", which the catalog does not define");
        }
      }
    }
    this.causes = Frozen.map(byCause);
    this.origin = origin;
    List<Cause> cycle = findCycle();
    if (!cycle.isEmpty()) {
      throw new IllegalArgumentException(origin + ": the explains relation has a cycle: " + cycle);
    }
    this.closure = closure();
  }

  /**
   * A catalog of these definitions.
   *
   * @param definitions the definitions, one per cause
   * @return the catalog
   * @param origin where the definitions were read from, for error messages
   * @throws IllegalArgumentException naming the cause when one is defined twice, explains an
   *     undefined cause, or the explains relation has a cycle
   */
  public static CauseCatalog of(List<CauseDefinition> definitions, String origin) {
    return new CauseCatalog(definitions, origin);
  }

  /** {@return a catalog that defines nothing: rules then carry their own category and advice} */
  public static CauseCatalog empty() {
    return EMPTY;
  }

  /**
   * {@return the definition of this cause; empty when the catalog does not define it}
   *
   * @param cause the cause
   */
  public Optional<CauseDefinition> definition(Cause cause) {
    return Optional.ofNullable(causes.get(cause));
  }

  /**
   * Whether {@code root} explains {@code consequence}, directly or through other causes.
   *
   * @param root the cause that may explain
   * @param consequence the cause that may be explained
   * @return false when either is undefined or no chain of {@code explains} links them
   */
  public boolean explains(Cause root, Cause consequence) {
    Set<Cause> explained = closure.get(root);
    return explained != null && explained.contains(consequence);
  }

  // Every cause each one explains, directly or not: one lookup on the diagnose path.
  private Map<Cause, Set<Cause>> closure() {
    Map<Cause, Set<Cause>> all = new HashMap<>();
    for (CauseDefinition d : causes.values()) {
      if (!d.explains().isEmpty()) {
        Set<Cause> reached = new HashSet<>();
        List<Cause> todo = new ArrayList<>(d.explains());
        while (!todo.isEmpty()) {
          Cause next = todo.remove(todo.size() - 1);
          if (reached.add(next)) {
            todo.addAll(defined(next).explains());
          }
        }
        all.put(d.cause(), reached);
      }
    }
    return all;
  }

  // Only for causes another definition explains: the constructor checked each is defined.
  private CauseDefinition defined(Cause cause) {
    CauseDefinition d = causes.get(cause);
    if (d == null) {
      throw new NullPointerException(origin + ": cause " + cause + " is not defined");
    }
    return d;
  }

  /**
   * Whether this cause is a modifier (peak load, cross-border, a merchant advice code) that adjusts
   * the diagnosis rather than decides it.
   *
   * @param cause the cause
   * @return false for a cause the catalog does not define
   */
  public boolean isAdviceOnly(Cause cause) {
    CauseDefinition d = causes.get(cause);
    return d != null && d.adviceOnly();
  }

  /** {@return every definition, by cause id} */
  public List<CauseDefinition> definitions() {
    List<Cause> ids = new ArrayList<>(causes.keySet());
    Collections.sort(ids);
    List<CauseDefinition> sorted = new ArrayList<>(ids.size());
    for (Cause id : ids) {
      sorted.add(causes.get(id));
    }
    return Frozen.list(sorted);
  }

  /** {@return how many causes the catalog defines} */
  public int size() {
    return causes.size();
  }

  /** {@return where the definitions were read from, for error messages} */
  public String origin() {
    return origin;
  }

  // Depth-first search; the relation is small (about a hundred causes, a few edges each).
  private List<Cause> findCycle() {
    Set<Cause> done = new HashSet<>();
    for (Cause start : causes.keySet()) {
      List<Cause> path = new ArrayList<>();
      if (cycleFrom(start, path, new HashSet<>(), done)) {
        return path;
      }
    }
    return List.of();
  }

  private boolean cycleFrom(Cause cause, List<Cause> path, Set<Cause> onPath, Set<Cause> done) {
    if (onPath.contains(cause)) {
      path.add(cause);
      return true;
    }
    if (done.contains(cause)) {
      return false;
    }
    onPath.add(cause);
    path.add(cause);
    for (Cause next : defined(cause).explains()) {
      if (cycleFrom(next, path, onPath, done)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(cause);
    done.add(cause);
    return false;
  }

  @Override
  public String toString() {
    return "CauseCatalog{" + causes.size() + " causes, from " + origin + "}";
  }
}
