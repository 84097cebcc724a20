package dev.posdx.i18n.internal;

import dev.posdx.i18n.Message;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One locale's messages as loaded; each text is parsed into its {@link Template} when it is first
 * used, then kept (a terminal uses a few dozen of a bundle's several hundred texts). Thread-safe.
 */
public final class Bundle {

  private final Map<String, Message> messages;
  private final ConcurrentHashMap<String, Template> templates = new ConcurrentHashMap<>();

  private Bundle(Map<String, Message> messages) {
    this.messages = messages;
  }

  /**
   * The bundle of these messages, which it takes as they are, without a copy (reading a bundle is
   * part of start-up): the caller must never change the map afterwards.
   */
  public static Bundle of(Map<String, Message> messages) {
    return new Bundle(Collections.unmodifiableMap(messages));
  }

  public Map<String, Message> messages() {
    return messages;
  }

  public @Nullable Template template(String key) {
    Template t = templates.get(key);
    if (t == null) {
      Message m = messages.get(key);
      if (m == null) {
        return null;
      }
      // Not computeIfAbsent: its lambda would be spun on the first render. A race parses twice, harmlessly.
      Template parsed = Template.parse(m.text());
      Template first = templates.putIfAbsent(key, parsed);
      t = first == null ? parsed : first;
    }
    return t;
  }
}
