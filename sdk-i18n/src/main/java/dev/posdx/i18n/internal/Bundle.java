package dev.posdx.i18n.internal;

import com.google.common.collect.ImmutableMap;
import dev.posdx.i18n.Message;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One locale's messages as loaded, each text parsed once into its {@link Template}. Immutable. */
public final class Bundle {

  private final ImmutableMap<String, Message> messages;
  private final ImmutableMap<String, Template> templates;

  private Bundle(ImmutableMap<String, Message> messages, ImmutableMap<String, Template> templates) {
    this.messages = messages;
    this.templates = templates;
  }

  public static Bundle of(Map<String, Message> messages) {
    ImmutableMap<String, Message> copy = ImmutableMap.copyOf(messages);
    ImmutableMap.Builder<String, Template> parsed = ImmutableMap.builderWithExpectedSize(copy.size());
    copy.forEach((key, m) -> parsed.put(key, Template.parse(m.text())));
    return new Bundle(copy, parsed.buildOrThrow());
  }

  public Map<String, Message> messages() {
    return messages;
  }

  public @Nullable Template template(String key) {
    return templates.get(key);
  }
}
