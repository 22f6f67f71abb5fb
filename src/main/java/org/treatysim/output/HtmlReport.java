package org.treatysim.output;

import org.treatysim.analysis.Peaks;
import org.treatysim.analysis.Summary;
import org.treatysim.io.Decimals;
import org.treatysim.io.Html;
import org.treatysim.model.ModelParams;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Effect;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.NumberRef;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A results report as one self-contained HTML file that a student can open, mail or put on a projector.
 *
 * <p>The file is XHTML5 "polyglot" markup: it is valid HTML and well-formed XML (so {@code DocumentBuilder}
 * parses it). Nothing in it loads anything from outside the file: charts are embedded as base64 PNG
 * {@code data:} URIs, the CSS is inline, there are no scripts or fonts. Web addresses in the text (sources,
 * descriptions) become links, which open only when the reader follows them; every other {@code href} points to a
 * section of the same page.
 *
 * <p>A report is a sequence of sections, each with an id (listed in a table of contents at the top). Build it
 * with the section methods in the order they should appear, then {@link #write(Path)}. Every piece of text is
 * escaped; callers pass plain text, never markup. Numbers are shown rounded for people ({@link #percent},
 * {@link #human}); a headline figure also carries its exact value in a {@code data-value} attribute for scripts.
 * {@code run} builds its report with {@link #forRun}; other commands (e.g. {@code compare}) use the same methods
 * with their own charts and tables.
 */
public final class HtmlReport {
    /** Characters that XML 1.0 forbids (C0 controls except tab, newline, carriage return; surrogates handled by Java). */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** A web address in running text; trailing punctuation is not part of it. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+");
    /** Arguments that need no quoting in a POSIX shell. */
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    private final String title;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> toc = new ArrayList<>();
    private String subtitle = "";
    private boolean sectionOpen;

    public HtmlReport(String title) {
        this.title = title;
    }

    /** A line under the title, e.g. the scenario's description or the settings of the run. */
    public HtmlReport subtitle(String text) {
        this.subtitle = text == null ? "" : text;
        return this;
    }

    /** Starts a section with a heading; {@code id} (lower case, digits, dashes) is its anchor in the contents. */
    public HtmlReport section(String id, String heading) {
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("section id must match " + ID + ": " + id);
        for (String[] t : toc) if (t[0].equals(id)) throw new IllegalArgumentException("duplicate section id " + id);
        toc.add(new String[] {id, heading});
        if (sectionOpen) body.append("</section>\n");
        sectionOpen = true;
        body.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
        return this;
    }

    /** A paragraph of plain text; web addresses in it become links. */
    public HtmlReport paragraph(String text) {
        body.append("<p>").append(linked(text)).append("</p>\n");
        return this;
    }

    /** A bulleted list of plain-text items. */
    public HtmlReport bullets(List<String> items) {
        body.append("<ul>\n");
        for (String i : items) body.append("<li>").append(linked(i)).append("</li>\n");
        body.append("</ul>\n");
        return this;
    }

    /** The command that reproduces the results, in a copyable block, with a caption. */
    public HtmlReport command(String caption, String shellCommand) {
        body.append("<p class=\"caption\">").append(Html.escape(caption)).append("</p>\n<pre class=\"cmd\"><code>")
                .append(Html.escape(shellCommand)).append("</code></pre>\n");
        return this;
    }

    /**
     * A two-column table of named figures. Each row is {key, label, text} or {key, label, text, exact value}; the
     * text cell gets {@code id="key"} (so tests and scripts can find it) unless key is null, and the exact value, if
     * given, as {@code data-value}.
     */
    public HtmlReport figures(List<String[]> rows) {
        body.append("<table class=\"figures\">\n<tbody>\n");
        for (String[] r : rows) {
            body.append("<tr><th scope=\"row\">").append(Html.escape(r[1])).append("</th><td");
            if (r[0] != null) {
                if (!ID.matcher(r[0].replace('_', '-')).matches()) throw new IllegalArgumentException("bad figure key " + r[0]);
                body.append(" id=\"").append(r[0]).append('"');
            }
            if (r.length > 3 && r[3] != null) body.append(" data-value=\"").append(Html.escape(r[3])).append('"');
            body.append('>').append(linked(r[2])).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /** A table with a header row; every row must have as many cells as the header. */
    public HtmlReport table(String caption, List<String> header, List<List<String>> rows) {
        return table(caption, header, rows, null);
    }

    /**
     * As {@link #table(String, List, List)}, with a CSS class per row ({@code rowClasses.get(i)}, may be null or
     * hold nulls); classes are drawn from a fixed set: "up", "down", "major", "override".
     */
    public HtmlReport table(String caption, List<String> header, List<List<String>> rows, List<String> rowClasses) {
        return table("data", caption, header, rows, rowClasses);
    }

    private HtmlReport table(String cssClass, String caption, List<String> header, List<List<String>> rows, List<String> rowClasses) {
        body.append("<table class=\"").append(cssClass).append("\">\n");
        if (caption != null && !caption.isEmpty()) body.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        body.append("<thead><tr>");
        for (String h : header) body.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
        body.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row " + i + " of table '" + caption + "' has " + r.size() + " cells, header has " + header.size());
            }
            String cls = rowClasses == null ? null : rowClasses.get(i);
            body.append("<tr");
            if (cls != null && !cls.isEmpty()) {
                if (!cls.matches("(up|down|major|override)( (up|down|major|override))*")) throw new IllegalArgumentException("unknown row class " + cls);
                body.append(" class=\"").append(cls).append('"');
            }
            body.append('>');
            for (String c : r) body.append("<td>").append(linked(c)).append("</td>");
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /**
     * A PNG image embedded as a data URI, with alt text, its pixel size (from the PNG header) and a caption, as
     * wide as the window allows up to its own width (wider than the text column).
     */
    public HtmlReport png(byte[] png, String alt, String caption) {
        if (png.length < 8 || (png[0] & 0xFF) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new IllegalArgumentException("not a PNG image");
        }
        body.append("<figure class=\"wide\">\n<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\" alt=\"").append(Html.escape(alt)).append('"');
        if (png.length >= 24) { // IHDR: width and height, big-endian, at bytes 16 and 20
            body.append(" width=\"").append(java.nio.ByteBuffer.wrap(png, 16, 8).getInt())
                    .append("\" height=\"").append(java.nio.ByteBuffer.wrap(png, 20, 4).getInt()).append('"');
        }
        body.append(" />\n");
        if (caption != null && !caption.isEmpty()) body.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
        body.append("</figure>\n");
        return this;
    }

    /** The events of a scenario: date, title, direction, actors, sources (as text) and where each was defined. */
    public HtmlReport events(List<Event> events) {
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Event e : events) {
            List<String> actors = new ArrayList<>();
            for (Country c : e.actors()) actors.add(c.displayName);
            rows.add(List.of(e.date().toString(), e.title() + (e.major() ? " (major)" : ""), direction(e.direction()),
                    String.join(", ", actors), e.source(), e.origin() == null ? "" : e.origin()));
            String cls = e.direction().startsWith("+") && !e.direction().equals("+/-") ? "up" : e.direction().equals("-") ? "down" : null;
            if (e.major()) cls = cls == null ? "major" : cls + " major";
            classes.add(cls);
        }
        return table("data events", events.size() + " events; direction is the documented effect on the chance of a treaty",
                List.of("Date", "Event", "Direction", "Actors", "Sources", "Defined at"), rows, classes);
    }

    /**
     * The parameters: name, value, unit, plausible range, how replications draw it, basis and source; an
     * overridden parameter is marked and its rationale shown.
     */
    public HtmlReport parameters(Map<String, ParameterSpec> specs, Map<String, String> overrides) {
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (ParameterSpec p : specs.values()) {
            String ov = overrides == null ? null : overrides.get(p.name());
            String source = ov == null ? p.source() : "Scenario override: " + ov + " | Parameter file: " + p.source();
            rows.add(List.of(p.name(), human(p.value()), p.unit(), "[" + human(p.low()) + ", " + human(p.high()) + "]",
                    p.distribution().id(), p.basis(), source, p.description() == null ? "" : p.description()));
            classes.add(ov == null ? null : "override");
        }
        return table("data parameters", specs.size() + " parameters" + (overrides == null || overrides.isEmpty() ? "" : ", " + overrides.size() + " overridden by the scenario (highlighted)"),
                List.of("Parameter", "Value", "Unit", "Plausible range", "Draw", "Basis", "Source", "Meaning"), rows, classes);
    }

    /** The complete document. */
    public String html() {
        StringBuilder sb = new StringBuilder(body.length() + 4096);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n");
        if (!subtitle.isEmpty()) sb.append("<p class=\"subtitle\">").append(Html.escape(subtitle)).append("</p>\n");
        if (!toc.isEmpty()) {
            sb.append("<nav>\n<ul>\n");
            for (String[] t : toc) sb.append("<li><a href=\"#").append(t[0]).append("\">").append(Html.escape(t[1])).append("</a></li>\n");
            sb.append("</ul>\n</nav>\n");
        }
        sb.append("</header>\n<main>\n");
        sb.append(body);
        if (sectionOpen) sb.append("</section>\n");
        sb.append("</main>\n<footer><p>Written by TreatySim ").append(Html.escape(Manifest.version()))
                .append(". This file is self-contained: it loads nothing from the network or the disk.</p></footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    public void write(Path file) {
        try {
            Files.writeString(file, html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the report of `run`

    /**
     * The report of one {@code run}: headline figures (the same Summary that writes summary.json), the chart,
     * the command that reproduces the run, the events and the parameters.
     *
     * @param png      the treaty-likelihood chart as PNG bytes (the same image as treaty-likelihood.png)
     * @param manifest the run's manifest (its "command", "arguments", "git_commit" and "sha256" are used)
     */
    public static HtmlReport forRun(Scenario s, Summary sum, byte[] png, Map<String, Object> manifest) {
        HtmlReport r = new HtmlReport("TreatySim: " + (s.title() == null || s.title().isEmpty() ? s.name() : s.title()));
        r.subtitle(String.format(Locale.ROOT, "Scenario '%s', %s to %s, bargaining theory '%s': %d Monte Carlo replications, master seed %d.",
                s.name(), s.start(), s.end(), s.bargaining(), sum.replications(), sum.seed()));
        Map<String, ParameterSpec> used = usedParameters(s);
        r.section("how-to-read", "How to read this page").bullets(List.of(
                "The model replays " + s.start().getYear() + "-" + s.end().getYear() + " " + sum.replications()
                        + " times (replications), each with its own draw of the uncertain parameters and its own chance events. "
                        + "A probability here is the share of those replications in which something happens.",
                "Headline figures: the chance of a treaty by " + sum.end() + ", with a 90% confidence interval, and when the chance of "
                        + "signing was highest.",
                "The chart: the red line is the annual hazard (the chance of signing within a year, if no treaty has been signed yet), "
                        + "with the range of 90% of replications shaded; the dashed blue line is the chance that a treaty has been signed by "
                        + "then. Vertical lines mark the major events, named above the chart: green toward a treaty, brown away from it.",
                "Events and parameters list every input of the run with its source; a web address opens the source (the rest of the "
                        + "page needs no network). Reproduce this run gives the command that recreates these results exactly."));
        if (s.description() != null && !s.description().isBlank()) {
            r.section("scenario", "Scenario").paragraph(s.description().strip().replaceAll("\\s*\n\\s*", " "));
        }
        r.section("figures", "Headline figures").figures(headline(sum));
        List<List<String>> ws = new ArrayList<>();
        for (Peaks.Window w : sum.windows()) {
            ws.add(List.of(w.peak().toString(), percent(w.peakHazard()) + " per year", w.from().toString(), w.to().toString()));
        }
        if (!ws.isEmpty()) {
            r.table("Windows of opportunity: peaks of the mean annual hazard, and the months around each peak at or above half of it",
                    List.of("Peak month", "Annual hazard at peak", "From", "To"), ws);
        }
        r.section("chart", "Treaty likelihood over time")
                .png(png, "Chart of the annual hazard of signing a treaty and the cumulative probability of a treaty, "
                        + s.start() + " to " + s.end() + ", scenario " + s.name(),
                        "Red: annual hazard of signing among replications without a treaty yet (mean, 5-95% band, left axis). "
                                + "Blue, dashed: share of replications with a treaty signed (90% confidence interval, right axis). "
                                + "Vertical lines: major events (green toward a treaty, brown away from it).");
        r.section("reproduce", "Reproduce this run").reproduce(manifest, sum.replications(), sum.seed());
        r.section("events", "Events").events(s.events());
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : s.overrideRationales().entrySet()) if (used.containsKey(e.getKey())) overrides.put(e.getKey(), e.getValue());
        r.section("parameters", "Parameters").parameters(used, overrides);
        int unused = s.parameters().specs().size() - used.size();
        if (unused > 0) {
            r.paragraph(unused + " more parameter" + (unused == 1 ? " is" : "s are") + " defined in " + s.parametersFile().getFileName()
                    + " but not read by this run (they belong to other bargaining theories, or to events this scenario does not have).");
        }
        return r;
    }

    /**
     * The parameters a run of {@code s} reads, in the parameter file's order: those of the model (coefficients and
     * initial values), those its events refer to ({@code $name}), and those of its bargaining theory (named
     * {@code eu.*} for expected-utility and {@code nash.*} for nash, as the calibration assumes).
     */
    public static Map<String, ParameterSpec> usedParameters(Scenario s) {
        java.util.Set<String> names = new java.util.HashSet<>(ModelParams.requiredNames());
        for (Event e : s.events()) {
            for (Effect f : e.effects()) for (NumberRef ref : f.references()) if (ref.isParameter()) names.add(ref.parameter());
        }
        String theoryPrefix = switch (s.bargaining()) {
            case "expected-utility" -> "eu.";
            case "nash" -> "nash.";
            default -> null;
        };
        Map<String, ParameterSpec> out = new java.util.LinkedHashMap<>();
        for (ParameterSpec p : s.parameters().specs().values()) {
            if (names.contains(p.name()) || (theoryPrefix != null && p.name().startsWith(theoryPrefix))) out.put(p.name(), p);
        }
        return out;
    }

    /**
     * The command that reproduces a result, from a manifest built by {@link Manifest#build} (its "command" and
     * "arguments"), and the same command with -n and -s spelled out if the user left them to their defaults;
     * then the version, git commit and each input file with its SHA-256. Call it after {@link #section}.
     */
    public HtmlReport reproduce(Map<String, Object> manifest, int replications, long seed) {
        String sub = String.valueOf(manifest.getOrDefault("command", "run"));
        List<String> args = stringList(manifest.get("arguments"));
        command("The command as it was run, from the repository's top folder:", shellCommand(sub, args));
        List<String> explicit = explicitArgs(args, replications, seed);
        if (!explicit.equals(args)) {
            command("The same command with the replications and seed spelled out (they decide the results; the defaults may change):",
                    shellCommand(sub, explicit));
        }
        paragraph("The same seed gives the same results, whatever the number of threads. manifest.json beside this file holds the full provenance.");
        List<String[]> prov = new ArrayList<>();
        prov.add(new String[] {null, "TreatySim version", Manifest.version()});
        prov.add(new String[] {null, "Git commit", String.valueOf(manifest.getOrDefault("git_commit", "unknown"))});
        Object sha = manifest.get("sha256");
        if (sha instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) prov.add(new String[] {null, "Input file " + e.getKey(), "SHA-256 " + e.getValue()});
        }
        return figures(prov);
    }

    /**
     * The headline rows; keys are the summary.json field names. The text is rounded for people; the exact value,
     * as summary.json writes it, is the row's fourth element (a pair as "low high").
     */
    static List<String[]> headline(Summary sum) {
        List<String[]> rows = new ArrayList<>();
        double[] ci = sum.pTreatyByEndCi90();
        rows.add(new String[] {"p_treaty_by_end", "Chance of a treaty signed by " + sum.end() + " (share of replications)",
                percent(sum.pTreatyByEnd()), Decimals.format(sum.pTreatyByEnd())});
        rows.add(new String[] {"p_treaty_by_end_ci90", "90% confidence interval of that chance", percentRange(ci[0], ci[1]),
                Decimals.format(ci[0]) + " " + Decimals.format(ci[1])});
        rows.add(new String[] {"replications_signed", "Replications that signed a treaty", sum.signed() + " of " + sum.replications(),
                Integer.toString(sum.signed())});
        rows.add(new String[] {"mean_islands_if_signed", "Islands to Japan when a treaty is signed (mean, of the four)",
                Double.isNaN(sum.meanIslandsIfSigned()) ? "none signed" : String.format(Locale.ROOT, "%.1f", sum.meanIslandsIfSigned()),
                Decimals.format(sum.meanIslandsIfSigned())});
        rows.add(new String[] {"peak_hazard_annual", "Highest mean annual hazard of signing",
                Double.isNaN(sum.peakHazard()) ? "" : percent(sum.peakHazard()) + " per year", Decimals.format(sum.peakHazard())});
        rows.add(new String[] {"peak_month", "Month of the highest hazard", sum.peakMonth() == null ? "" : sum.peakMonth().toString()});
        rows.add(new String[] {"replications", "Monte Carlo replications", Integer.toString(sum.replications())});
        rows.add(new String[] {"seed", "Master seed", Long.toString(sum.seed())});
        return rows;
    }

    /**
     * A share as a percentage for people: one decimal ("18.0%"); below 0.1% two significant digits ("0.05%"), so
     * that a small chance does not read as none; "" for NaN.
     */
    public static String percent(double x) {
        String n = percentNumber(x);
        return n.isEmpty() ? "" : n + "%";
    }

    /** A confidence interval of shares as "20.7-25.1%". */
    public static String percentRange(double lo, double hi) {
        return percentNumber(lo) + "-" + percent(hi);
    }

    private static String percentNumber(double x) {
        if (Double.isNaN(x)) return "";
        double p = 100 * x;
        if (p == 0) return "0";
        if (Math.abs(p) >= 0.1) return String.format(Locale.ROOT, "%.1f", p);
        return new java.math.BigDecimal(p).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** A number for people: three significant digits (whole numbers from 100 up), no exponent; "" for NaN. */
    public static String human(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return "";
        if (x == 0) return "0";
        java.math.BigDecimal b = new java.math.BigDecimal(x);
        b = Math.abs(x) >= 100 ? b.setScale(0, java.math.RoundingMode.HALF_EVEN) : b.round(new java.math.MathContext(3));
        String t = b.stripTrailingZeros().toPlainString();
        return t.equals("-0") ? "0" : t;
    }

    private static String direction(String d) {
        return switch (d) {
            case "+" -> "+ (toward a treaty)";
            case "-" -> "- (away from a treaty)";
            case "0" -> "0 (neutral)";
            case "+/-" -> "+/- (mixed)";
            default -> d;
        };
    }

    private static List<String> stringList(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) for (Object x : l) out.add(String.valueOf(x));
        return out;
    }

    /**
     * {@code ./treatysim SUB ARGS...} with each argument quoted for a POSIX shell where needed. If the
     * arguments already start with the subcommand's name (picocli's original arguments do), it is not repeated.
     */
    public static String shellCommand(String subcommand, List<String> args) {
        StringBuilder sb = new StringBuilder("./treatysim");
        List<String> a = args;
        if (subcommand != null && !subcommand.isEmpty()) {
            if (a.isEmpty() || !a.get(0).equals(subcommand)) sb.append(' ').append(quote(subcommand));
        }
        for (String x : a) sb.append(' ').append(quote(x));
        return sb.toString();
    }

    /** POSIX shell quoting: safe words as they are, anything else in single quotes. */
    public static String quote(String arg) {
        if (!arg.isEmpty() && SHELL_SAFE.matcher(arg).matches()) return arg;
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** The arguments with -n and -s appended when the user left them to their defaults. */
    static List<String> explicitArgs(List<String> args, int reps, long seed) {
        boolean n = false, s = false;
        for (String a : args) {
            if (a.equals("--")) break;
            if (a.startsWith("--replications") || (a.startsWith("-n") && !a.startsWith("--"))) n = true;
            if (a.startsWith("--seed") || (a.startsWith("-s") && !a.startsWith("--"))) s = true;
        }
        List<String> out = new ArrayList<>(args);
        if (!n) { out.add("-n"); out.add(Integer.toString(reps)); }
        if (!s) { out.add("-s"); out.add(Long.toString(seed)); }
        return out;
    }

    /** Escaped text in which every web address becomes a link to itself. */
    static String linked(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = URL.matcher(s);
        int at = 0;
        while (m.find()) {
            String raw = trimUrl(m.group());
            sb.append(Html.escape(s.substring(at, m.start())));
            String u = Html.escape(raw);
            sb.append("<a href=\"").append(u).append("\">").append(u).append("</a>");
            at = m.start() + raw.length();
        }
        return sb.append(Html.escape(s.substring(at))).toString();
    }

    /** Drops what ends a sentence rather than the address: final punctuation, and a ")" or "]" it did not open. */
    private static String trimUrl(String u) {
        while (u.length() > 8) {
            char c = u.charAt(u.length() - 1);
            boolean unbalanced = (c == ')' && count(u, '(') < count(u, ')')) || (c == ']' && count(u, '[') < count(u, ']'));
            if (".,;:!?".indexOf(c) < 0 && !unbalanced) break;
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; color: #1b1b1b; line-height: 1.45; }
            h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
            h2 { font-size: 1.35rem; border-bottom: 2px solid #1F4E79; padding-bottom: 0.2rem; margin-top: 2.2rem; }
            .subtitle { color: #444; margin-top: 0; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
            nav a { color: #1F4E79; }
            table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
            caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
            th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            thead th { background: #eef2f7; position: sticky; top: 0; }
            table.figures { width: auto; font-size: 1.05rem; }
            table.figures th { font-weight: normal; background: #f6f6f6; }
            table.figures td { font-weight: 600; font-variant-numeric: tabular-nums; }
            table.data td { overflow-wrap: break-word; }
            table.data td:first-child { white-space: nowrap; }
            table.events td:nth-child(5), table.parameters td:nth-child(7) { overflow-wrap: anywhere; }
            table.events td:nth-child(2) { min-width: 16em; }
            table.events td:last-child { white-space: nowrap; font-size: 0.8rem; color: #555; }
            table.parameters td:nth-child(7), table.parameters td:nth-child(8) { min-width: 14em; }
            tr.up td:nth-child(3) { color: #2E7D32; font-weight: 600; }
            tr.down td:nth-child(3) { color: #6D4C41; font-weight: 600; }
            tr.major td:nth-child(2) { font-weight: 600; }
            tr.override td { background: #fff7e0; }
            figure { margin: 0.5rem 0; }
            figure.wide { margin-left: calc(50% - min(50vw, 800px) + 0.5rem); margin-right: calc(50% - min(50vw, 800px) + 0.5rem); }
            figure.wide img { display: block; width: 100%; }
            img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            section#how-to-read { background: #f3f7fb; border-left: 4px solid #1F4E79; padding: 0.2rem 1rem 0.4rem; }
            section#how-to-read h2 { border: none; margin-top: 0.8rem; }
            a { color: #1F4E79; }
            td a { overflow-wrap: anywhere; }
            figcaption, .caption { color: #444; font-size: 0.92rem; }
            pre.cmd { background: #f3f3f3; border-left: 4px solid #1F4E79; padding: 0.6rem 0.8rem; overflow-x: auto; font-size: 1rem; }
            footer { margin-top: 3rem; color: #666; font-size: 0.85rem; }
            @media print { thead th { position: static; } }
            """;
}
