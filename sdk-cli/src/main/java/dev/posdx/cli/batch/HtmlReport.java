package dev.posdx.cli.batch;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import dev.posdx.examples.contract.RenderedGuidance;
import dev.posdx.examples.contract.LineError;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.i18n.LocaleFallback;
import dev.posdx.i18n.MessageCatalog;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link BatchReport.Snapshot} as one self-contained HTML page: inline CSS and inline
 * SVG bar charts, no script, no external font, image or style sheet, so it opens from a file with
 * no network. Sections carry stable ids ({@code summary}, {@code by-category}, {@code by-cause},
 * {@code by-store}, {@code by-issuer}, {@code by-network}, {@code by-hour}, {@code top-causes},
 * {@code errors}) for links and tests.
 */
public final class HtmlReport {

  /** Bars per chart; the rest of a dimension is summed into one "(other)" bar. */
  static final int MAX_BARS = 15;

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;\
      margin:2em auto;max-width:60em;padding:0 1em;color:#1d2430;line-height:1.45}
      h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #d8dde6}
      table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3em .5em;border-bottom:1px solid #eef0f4;vertical-align:top}
      th{font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}
      .cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #d8dde6;border-radius:6px;padding:.6em 1em;min-width:9em}
      .card b{display:block;font-size:1.5em}.cause{border:1px solid #d8dde6;border-radius:6px;padding:.6em 1em;margin:.8em 0}
      .cause h3{margin:.2em 0;font-size:1.05em}code{background:#f2f4f8;padding:0 .25em;border-radius:3px}
      svg text{font-size:12px;fill:#1d2430}footer{margin-top:3em;color:#6b7280;font-size:.85em}
      """;

  private HtmlReport() {}

  public static void write(BatchReport.Snapshot r, Writer out) throws IOException {
    write(r, MessageCatalog.standard(), out);
  }

  /** The same, naming causes and networks with {@code catalog}'s texts (vendor bundles included). */
  public static void write(BatchReport.Snapshot r, MessageCatalog catalog, Writer out) throws IOException {
    ReportText t = ReportText.forLocale(r.locale());
    DimensionNames names = new DimensionNames(t, catalog);
    Locale language = languageOf(t, r.locale());
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language.toLanguageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(t.get("title"))).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(t.get("title"))).append("</h1>\n");
    h.append("<p>").append(esc(t.format("labelled", t.get("input"), ""))).append("<code>").append(esc(r.input()))
        .append("</code></p>\n");

    h.append("<section id=\"summary\">\n<h2>").append(esc(t.get("summary"))).append("</h2>\n<div class=\"cards\">");
    card(h, t.get("lines"), r.lines());
    card(h, t.get("diagnosed"), r.diagnosed());
    card(h, t.get("failed"), r.failed());
    h.append("</div>\n</section>\n");

    for (BatchReport.Dimension d : r.dimensions()) {
      h.append("<section id=\"by-").append(d.name()).append("\">\n<h2>").append(esc(t.get("by." + d.name()))).append("</h2>\n");
      List<Count> named = d.counts().stream().map(c -> new Count(names.of(d.name(), c.key()), c.count())).toList();
      barChart(h, t.get("by." + d.name()), named, r.diagnosed(), t);
      dataTable(h, t.get("column." + d.name()), named, r.diagnosed(), t);
      h.append("</section>\n");
    }

    h.append("<section id=\"by-hour\">\n<h2>").append(esc(t.get("by.hour"))).append("</h2>\n");
    hourChart(h, r.byHour(), t.get("by.hour"));
    List<Count> hours = new java.util.ArrayList<>();
    for (int hour = 0; hour < 24; hour++) {
      hours.add(new Count(String.format(Locale.ROOT, "%02d:00", hour), r.byHour()[hour]));
    }
    dataTable(h, t.get("hour"), hours, r.diagnosed() - r.hourUnknown(), t);
    h.append("<p>").append(esc(t.get("hourUnknown"))).append(": ").append(r.hourUnknown()).append("</p>\n</section>\n");

    h.append("<section id=\"top-causes\">\n<h2>").append(esc(t.get("topCauses"))).append("</h2>\n");
    if (r.topCauses().isEmpty()) {
      h.append("<p>").append(esc(t.get("none"))).append("</p>\n");
    }
    for (BatchReport.TopCause c : r.topCauses()) {
      h.append("<div class=\"cause\" data-cause=\"").append(esc(c.cause())).append("\">\n<h3>")
          .append(esc(names.of("cause", c.cause()))).append(" · ").append(esc(names.of("category", c.category()))).append(" · ")
          .append(c.count()).append(" (").append(percent(c.count(), r.diagnosed())).append(")</h3>\n");
      // The guidance is in the record's own language when its line chose one.
      String lang = langAttribute(c.locale(), language);
      h.append("<p><b>").append(esc(t.heading("cashier"))).append("</b> <span").append(lang).append('>')
          .append(esc(c.cashier())).append("</span></p>\n");
      h.append("<p><b>").append(esc(t.heading("merchant"))).append("</b> <span").append(lang).append('>')
          .append(esc(c.merchant())).append("</span></p>\n");
      if (!c.steps().isEmpty()) {
        h.append("<ol").append(lang).append('>');
        for (RenderedGuidance.StepText s : c.steps()) {
          h.append("<li>").append(esc(s.text())).append("</li>");
        }
        h.append("</ol>\n");
      }
      h.append("</div>\n");
    }
    h.append("</section>\n");

    h.append("<section id=\"errors\">\n<h2>").append(esc(t.get("errors"))).append("</h2>\n");
    if (r.failed() == 0) {
      h.append("<p>").append(esc(t.get("none"))).append("</p>\n");
    } else {
      h.append("<h3>").append(esc(t.get("errorsByField"))).append("</h3>\n<table><tr><th>")
          .append(esc(t.get("field"))).append("</th><th class=\"num\">").append(esc(t.get("count"))).append("</th></tr>\n");
      for (Count c : r.errorsByField()) {
        String field = c.key().equals(BatchReport.WHOLE_LINE) ? t.get("wholeLine") : c.key();
        h.append("<tr><td>").append(esc(field)).append("</td><td class=\"num\">").append(c.count()).append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (r.errors().size() < r.failed()) {
        h.append("<p>").append(esc(t.format("errorsShown", r.errors().size(), r.failed()))).append("</p>\n");
      }
      // The messages come from the contract's parser, which speaks English.
      String english = langAttribute(LocaleFallback.ROOT, language);
      if (!english.isEmpty()) {
        h.append("<p>").append(esc(t.get("messagesInEnglish"))).append("</p>\n");
      }
      h.append("<table><tr><th>")
          .append(esc(t.get("line"))).append("</th><th>").append(esc(t.get("field"))).append("</th><th>")
          .append(esc(t.get("message"))).append("</th></tr>\n");
      for (LineError e : r.errors()) {
        h.append("<tr><td class=\"num\">").append(e.line()).append("</td><td>")
            .append(esc(e.field().orElse(t.get("wholeLine")))).append("</td><td class=\"message\"").append(english).append('>')
            .append(esc(e.message())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n<footer>").append(esc(t.get("generated"))).append("</footer>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  private static void card(StringBuilder h, String label, long value) {
    h.append("<div class=\"card\"><b>").append(value).append("</b>").append(esc(label)).append("</div>");
  }

  private static void barChart(StringBuilder h, String label, List<Count> counts, long total, ReportText t) {
    if (counts.isEmpty()) {
      h.append("<p>").append(esc(t.get("none"))).append("</p>\n");
      return;
    }
    List<Count> bars = counts.size() <= MAX_BARS ? counts : folded(counts, t.get("other"));
    long max = bars.stream().mapToLong(Count::count).max().orElse(1);
    int rowHeight = 22;
    int labelWidth = 260;
    int barWidth = 420;
    int height = bars.size() * rowHeight + 4;
    // The table beside the chart carries the same numbers for screen readers.
    h.append("<svg aria-hidden=\"true\" data-label=\"").append(esc(label)).append("\" width=\"100%\" viewBox=\"0 0 ")
        .append(labelWidth + barWidth + 120).append(' ').append(height).append("\">\n");
    for (int i = 0; i < bars.size(); i++) {
      Count c = bars.get(i);
      int y = i * rowHeight + 2;
      long w = Math.max(1, Math.round((double) c.count() / max * barWidth));
      h.append("<g><title>").append(esc(c.key())).append(": ").append(c.count()).append("</title>")
          .append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
          .append(esc(shorten(c.key(), 40))).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
          .append("\" height=\"").append(rowHeight - 6).append("\" fill=\"#3b6fd8\"/>")
          .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 15).append("\">")
          .append(c.count()).append(" (").append(percent(c.count(), total)).append(")</text></g>\n");
    }
    h.append("</svg>\n");
  }

  private static void hourChart(StringBuilder h, long[] byHour, String label) {
    long max = 1;
    for (long v : byHour) {
      max = Math.max(max, v);
    }
    int colWidth = 28;
    int chartHeight = 160;
    h.append("<svg aria-hidden=\"true\" data-label=\"").append(esc(label)).append("\" width=\"100%\" viewBox=\"0 0 ")
        .append(colWidth * 24 + 10).append(' ').append(chartHeight + 40).append("\">\n");
    for (int hour = 0; hour < 24; hour++) {
      long v = byHour[hour];
      long barHeight = v == 0 ? 0 : Math.max(1, Math.round((double) v / max * chartHeight));
      int x = hour * colWidth + 5;
      h.append("<g><title>").append(String.format(Locale.ROOT, "%02d:00", hour)).append(": ").append(v).append("</title>")
          .append("<rect x=\"").append(x + 3).append("\" y=\"").append(chartHeight - barHeight + 14).append("\" width=\"")
          .append(colWidth - 6).append("\" height=\"").append(barHeight).append("\" fill=\"#3b6fd8\"/>")
          .append("<text x=\"").append(x + colWidth / 2).append("\" y=\"").append(chartHeight + 30)
          .append("\" text-anchor=\"middle\">").append(String.format(Locale.ROOT, "%02d", hour)).append("</text>");
      if (v > 0) {
        h.append("<text x=\"").append(x + colWidth / 2).append("\" y=\"").append(chartHeight - barHeight + 10)
            .append("\" text-anchor=\"middle\">").append(v).append("</text>");
      }
      h.append("</g>\n");
    }
    h.append("</svg>\n");
  }

  private static List<Count> folded(List<Count> counts, String other) {
    long rest = 0;
    for (int i = MAX_BARS - 1; i < counts.size(); i++) {
      rest += counts.get(i).count();
    }
    List<Count> bars = new java.util.ArrayList<>(counts.subList(0, MAX_BARS - 1));
    bars.add(new Count(other, rest));
    return bars;
  }

  // Every number of a chart as a table: what a screen reader reads, and what can be copied.
  private static void dataTable(StringBuilder h, String keyHeading, List<Count> counts, long total, ReportText t) {
    if (counts.isEmpty()) {
      return;
    }
    h.append("<table class=\"data\"><tr><th scope=\"col\">").append(esc(keyHeading)).append("</th><th scope=\"col\" class=\"num\">")
        .append(esc(t.get("count"))).append("</th><th scope=\"col\" class=\"num\">").append(esc(t.get("share"))).append("</th></tr>\n");
    for (Count c : counts) {
      h.append("<tr><th scope=\"row\">").append(esc(c.key())).append("</th><td class=\"num\">").append(c.count())
          .append("</td><td class=\"num\">").append(percent(c.count(), total)).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  // The language the page is in: the requested one when its bundle exists, else the one used.
  private static Locale languageOf(ReportText t, Locale requested) {
    return t.bundleLocale().getLanguage().equals(requested.getLanguage()) ? requested : t.bundleLocale();
  }

  // A lang attribute for text in another language than the page's; empty when it is the same.
  private static String langAttribute(Locale text, Locale page) {
    return text.getLanguage().equals(page.getLanguage()) && text.getScript().equals(LocaleFallback.chain(page).get(0).getScript())
        ? ""
        : " lang=\"" + esc(text.toLanguageTag()) + "\"";
  }

  private static String percent(long part, long total) {
    return total == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String esc(String s) {
    return HTML.escape(PanRedactor.redact(s));
  }
}
