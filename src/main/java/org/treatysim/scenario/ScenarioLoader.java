package org.treatysim.scenario;

import org.treatysim.io.Names;
import org.treatysim.io.Node;
import org.treatysim.io.ScenarioErrors;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.YamlDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a scenario file: reads it with locations, follows {@code extends:} (with cycle detection), applies a
 * what-if's removals, modifications and additions, loads the parameter file and the overrides, and validates
 * everything. Each problem is reported with file, line:column, what was expected and what to do; independent problems
 * of one file (bad events, unknown ids, bad overrides) are collected and reported together as {@link ScenarioErrors}.
 */
public final class ScenarioLoader {
    public static final String SCHEMA = "treatysim/scenario-1";
    /** Most events a scenario may hold after inheritance. */
    public static final int MAX_EVENTS = 5_000;
    static final YearMonth EARLIEST = YearMonth.of(1900, 1);
    static final YearMonth LATEST = YearMonth.of(2200, 12);

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Set<String> TOP = new LinkedHashSet<>(List.of("schema", "name", "title", "description", "extends",
            "span", "agents", "bargaining", "parameters_file", "parameters", "events", "remove_events", "modify_events",
            "interventions"));
    static final Set<String> EVENT = new LinkedHashSet<>(List.of("id", "date", "actors", "title", "label", "major",
            "direction", "source", "notes", "decision", "effects"));
    static final Set<String> DECISION = new LinkedHashSet<>(List.of("rule", "option"));
    static final Set<String> INTERVENTION = new LinkedHashSet<>(List.of("decision", "force", "forbid", "from", "to", "rationale", "source"));
    static final Set<String> MODIFY = new LinkedHashSet<>(List.of("date", "actors", "title", "label", "major", "direction",
            "source", "notes", "effects", "add_effects"));
    static final Set<String> OVERRIDE = new LinkedHashSet<>(List.of("value", "range", "distribution", "source", "rationale"));
    private static final Pattern DIRECTION = Pattern.compile("\\+|-|0|\\+/-");

    private final Set<String> theories;
    /** The parameters each theory reads (none known for a theory given by name only). */
    private final Map<String, List<String>> theoryParameters;
    private final Map<String, List<String>> decisions;
    /** Set by {@link #loadText}: the only folder files may be read from, and the one file read from text instead of disk. */
    private final Path confinedTo;
    private final Path virtualFile;
    private final byte[] virtualText;

    /** @param theories the bargaining theory names the model offers (validated against {@code bargaining:}) */
    public ScenarioLoader(Collection<String> theories) {
        this(theories, Map.of());
    }

    /**
     * @param theories  the bargaining theory names the model offers (validated against {@code bargaining:})
     * @param decisions the agents' decision rules by id, each with its option names (validated against events'
     *                  {@code decision:} tags and against {@code interventions:}); empty to skip those checks
     */
    public ScenarioLoader(Collection<String> theories, Map<String, List<String>> decisions) {
        this(names(theories), decisions, null, null, null);
    }

    /**
     * @param theories  the bargaining theories the model offers, each with the parameters it reads: {@code bargaining:}
     *                  must name one, and the parameter file must declare its parameters
     * @param decisions as above
     */
    public ScenarioLoader(Map<String, List<String>> theories, Map<String, List<String>> decisions) {
        this(theories, decisions, null, null, null);
    }

    private static Map<String, List<String>> names(Collection<String> theories) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String t : theories) m.put(t, List.of());
        return m;
    }

    private ScenarioLoader(Map<String, List<String>> theories, Map<String, List<String>> decisions, Path confinedTo, Path virtualFile, byte[] virtualText) {
        this.theories = new LinkedHashSet<>(theories.keySet());
        this.theoryParameters = new LinkedHashMap<>(theories);
        this.decisions = new LinkedHashMap<>(decisions);
        this.confinedTo = confinedTo;
        this.virtualFile = virtualFile;
        this.virtualText = virtualText;
    }

    /**
     * Loads scenario text that has no file of its own (text sent over the network) as if it were the file
     * {@code fileName} inside {@code dir}. Every file it names, directly or through the files it extends
     * ({@code extends:}, {@code parameters_file:}), must be a regular file directly inside {@code dir}; any other
     * path (absolute, {@code ..}, a subfolder, a link) is refused at its line:column. Errors name the file as
     * {@code dir/fileName}.
     */
    public Scenario loadText(Path dir, String fileName, byte[] text) {
        if (!NAME.matcher(fileName.replaceFirst("\\.(ya?ml|json)$", "")).matches() || !fileName.matches(".*\\.(ya?ml|json)")) {
            throw new IllegalArgumentException("bad virtual file name " + fileName);
        }
        Path base;
        try {
            base = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the scenarios folder " + dir + ": " + e.getMessage(), e);
        }
        Path file = base.resolve(fileName);
        return new ScenarioLoader(theoryParameters, decisions, base, file, text.clone()).load(file);
    }

    /** What one file (with its ancestors) says, before the parameter file is read. */
    private static final class Draft {
        String name, title = "", description = "", bargaining;
        Node bargainingNode;
        Scenario.Agents agents;
        Node agentsNode;
        final List<Intervention> interventions = new ArrayList<>();
        /** remove_events / modify_events nodes that named a former decision event (refused in the agent model). */
        final Map<String, Node> decisionEdits = new LinkedHashMap<>();
        /** Decision records that a what-if (a file that extends another) adds in its events: (refused in the agent model). */
        final Map<String, Node> decisionAdds = new LinkedHashMap<>();
        /** The file being read extends another. */
        boolean extending;
        YearMonth start, end;
        Node spanNode;
        Path parametersFile;
        Node parametersFileNode;
        final Map<String, Node> overrides = new LinkedHashMap<>();
        final Map<String, Event> events = new LinkedHashMap<>();
        final Map<String, Node> eventNodes = new LinkedHashMap<>();
        final Set<String> ownEvents = new LinkedHashSet<>();
        final List<Path> lineage = new ArrayList<>();
        /** Ratchet ids added by any event read anywhere in the lineage, including events a what-if removed or rewrote. */
        final Set<String> ratchetsEverAdded = new LinkedHashSet<>();
        /** Independent problems of the file being read (bad events, bad ids), reported together at the end. */
        final List<ScenarioException> errors = new ArrayList<>();

        void add(ScenarioException e) {
            errors.add(e);
            if (errors.size() >= MAX_ERRORS) ScenarioErrors.throwIfAny(errors);
        }
    }

    /** Most errors collected from one file before giving up. */
    static final int MAX_ERRORS = 50;

    public Scenario load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Draft d = draft(abs, new ArrayList<>());
        if (d.parametersFile == null) throw new ScenarioException(file, 1, 1, "no parameters_file in the scenario or the scenarios it extends", "add 'parameters_file: parameters.yaml'");
        if (d.bargaining == null) d.bargaining = "two-level";
        ParameterSet params;
        try {
            params = ParameterSet.load(d.parametersFile);
        } catch (ScenarioException e) {
            if (d.parametersFileNode == null) throw e;
            if (e.line() == 0 && e.problem().equals("file not found")) {
                throw d.parametersFileNode.error("parameter file not found: " + d.parametersFile, "parameters_file is relative to the scenario file");
            }
            throw referenced(e, d.parametersFileNode, "parameters_file", d.parametersFile, abs.getParent(), "parameter file");
        }
        List<String> lacking = new ArrayList<>();
        for (String n : theoryParameters.getOrDefault(d.bargaining, List.of())) if (!params.contains(n)) lacking.add(n);
        if (!lacking.isEmpty()) {
            String problem = "bargaining theory '" + d.bargaining + "' reads " + lacking.size() + " parameter(s) that " + d.parametersFile.getFileName()
                    + " lacks: " + String.join(", ", lacking);
            String hint = "declare each in " + d.parametersFile + " with value, unit, range, basis and source, or choose another theory";
            d.add(d.bargainingNode != null ? d.bargainingNode.error(problem, hint)
                    : d.parametersFileNode != null ? d.parametersFileNode.error(problem + " (the default theory)", hint)
                    : new ScenarioException(d.parametersFile, 1, 1, problem, hint));
        }
        Map<String, String> rationales = new LinkedHashMap<>();
        for (Map.Entry<String, Node> o : d.overrides.entrySet()) {
            try {
                params = override(params, o.getKey(), o.getValue(), rationales);
            } catch (ScenarioException e) {
                d.add(e);
            }
        }
        // Validate events against the span and the parameters.
        List<Event> events = new ArrayList<>();
        Set<String> ratchets = new LinkedHashSet<>();
        for (Map.Entry<String, Event> en : d.events.entrySet()) {
            try {
                Event ev = check(d, en.getValue(), params);
                if (ev != null) events.add(ev);
            } catch (ScenarioException e) {
                d.add(e);
            }
        }
        d.errors.sort(java.util.Comparator.comparing((ScenarioException e) -> String.valueOf(e.file()))
                .thenComparingInt(ScenarioException::line).thenComparingInt(ScenarioException::column));
        ScenarioErrors.throwIfAny(d.errors); // the ratchet check below would only repeat the consequences of these
        events.sort(Comparator.comparing(Event::date)); // stable: same-month events keep file order
        for (Event ev : events) {
            for (Effect eff : ev.effects()) {
                if (eff instanceof org.treatysim.scenario.effect.RatchetEffect r) ratchets.add(r.id());
                // A lift of a ratchet that a what-if removed (or moved later) is a no-op; a lift of an id that no
                // event anywhere in the lineage adds is a typo. A scenario without extends must add before it lifts.
                if (eff instanceof org.treatysim.scenario.effect.LiftRatchetEffect l && !ratchets.contains(l.id())
                        && (d.lineage.size() == 1 || !d.ratchetsEverAdded.contains(l.id()))) {
                    throw d.eventNodes.get(ev.id()).field("effects").error("event '" + ev.id() + "' lifts ratchet '" + l.id() + "', which no earlier event adds",
                            "lift only ratchets added by an earlier event (known: " + (ratchets.isEmpty() ? "none" : String.join(", ", ratchets)) + ")");
                }
            }
        }
        Scenario.Agents agents = d.agents == null ? Scenario.Agents.DECIDE : d.agents;
        checkAgents(d, agents, events);
        Map<String, String> sha = new LinkedHashMap<>();
        for (Path p : d.lineage) sha.put(p.toString(), p.equals(virtualFile) ? sha256(virtualText) : sha256(p));
        sha.put(d.parametersFile.toString(), sha256(d.parametersFile));
        return new Scenario(abs, d.name, d.title, d.description, d.start, d.end, d.bargaining, d.parametersFile, params,
                rationales, List.copyOf(events), List.copyOf(d.lineage), sha, agents, List.copyOf(d.interventions));
    }

    private Draft draft(Path file, List<Path> chain) {
        YamlDocument doc = file.equals(virtualFile) ? YamlDocument.parse(file, virtualText) : YamlDocument.load(file);
        Node root = doc.rootNode().requireObject("a scenario");
        root.onlyFields(TOP);
        if (root.has("schema")) root.field("schema").asString("'" + SCHEMA + "'", Pattern.compile(Pattern.quote(SCHEMA)));
        List<Path> myChain = new ArrayList<>(chain);
        myChain.add(file);
        Draft d;
        if (root.has("extends")) {
            Node ext = root.field("extends");
            Path parent = file.getParent().resolve(ext.asString("the path of the scenario this one extends")).toAbsolutePath().normalize();
            confine(parent, ext, "extends");
            if (myChain.contains(parent)) {
                StringBuilder cyc = new StringBuilder();
                for (Path p : myChain.subList(myChain.indexOf(parent), myChain.size())) cyc.append(p.getFileName()).append(" -> ");
                cyc.append(parent.getFileName());
                throw ext.error("cyclic extends: " + cyc, "a scenario cannot extend itself, directly or through others");
            }
            if (!Files.exists(parent)) throw ext.error("extended scenario not found: " + parent, "extends: is relative to this file, e.g. extends: baseline.yaml");
            if (myChain.size() > 32) throw ext.error("extends chain is deeper than 32 files", "flatten the chain of what-ifs");
            try {
                d = draft(parent, myChain);
                ScenarioErrors.throwIfAny(d.errors); // a broken parent: report it before reading what builds on it
            } catch (ScenarioException e) {
                throw referenced(e, ext, "extends", parent, myChain.get(0).getParent(), "scenario");
            }
            d.ownEvents.clear();
            d.extending = true;
            // A what-if tells its own story: the parent's title and narrative are not inherited.
            d.title = "";
            d.description = "";
        } else {
            d = new Draft();
            root.required("name", "the scenario name, e.g. baseline");
            root.required("span", "{start: YYYY-MM, end: YYYY-MM}");
        }
        d.lineage.add(0, file);
        if (root.has("name")) d.name = root.field("name").asString("a name of lower-case letters, digits and dashes", NAME);
        else throw root.error("missing required field 'name' (a what-if needs its own name)", "add 'name:' with lower-case letters, digits and dashes");
        if (root.has("title")) d.title = titleLine(root.field("title"));
        if (root.has("description")) d.description = root.field("description").asString("a description");
        if (root.has("span")) {
            Node span = root.field("span").requireObject("span: {start: YYYY-MM, end: YYYY-MM}");
            span.onlyFields(Set.of("start", "end"));
            d.start = span.required("start", "the first month, YYYY-MM").asYearMonth();
            d.end = span.required("end", "the last month, YYYY-MM").asYearMonth();
            if (d.start.isBefore(EARLIEST) || d.end.isAfter(LATEST)) throw span.error("span must lie within " + EARLIEST + " to " + LATEST, "choose a span in that range");
            if (!d.end.isAfter(d.start)) throw span.field("end").error("span end " + d.end + " is not after its start " + d.start, "make end later than start");
            d.spanNode = span;
        }
        if (root.has("bargaining")) {
            Node b = root.field("bargaining");
            String t = b.asString("a bargaining theory name");
            if (!theories.contains(t)) {
                String close = Names.closest(t, theories);
                throw b.error("unknown bargaining theory '" + t + "'", (close != null ? "did you mean '" + close + "'? " : "") + "known: " + String.join(", ", theories));
            }
            d.bargaining = t;
            d.bargainingNode = b;
        }
        if (root.has("agents")) {
            Node a = root.field("agents");
            String v = a.asString("decide or scripted", Pattern.compile("decide|scripted"));
            d.agents = Scenario.Agents.valueOf(v.toUpperCase(java.util.Locale.ROOT));
            d.agentsNode = a;
        }
        if (root.has("parameters_file")) {
            Node pf = root.field("parameters_file");
            d.parametersFile = file.getParent().resolve(pf.asString("the path of the parameter file")).toAbsolutePath().normalize();
            confine(d.parametersFile, pf, "parameters_file");
            d.parametersFileNode = pf;
        }
        if (root.has("parameters")) {
            Node ps = root.field("parameters").requireObject("parameters: {name: {value: x, rationale: \"...\"}}");
            for (String name : ps.fieldNames()) d.overrides.put(name, ps.field(name));
        }
        if (root.has("remove_events")) {
            for (Node r : root.field("remove_events").elements("event ids to remove")) {
                try {
                    remove(d, r);
                } catch (ScenarioException e) {
                    d.add(e);
                }
            }
        }
        if (root.has("modify_events")) {
            Node mods = root.field("modify_events").requireObject("modify_events: {event-id: {field: new value}}");
            for (String id : mods.fieldNames()) {
                try {
                    modify(d, id, mods.field(id));
                } catch (ScenarioException e) {
                    d.add(e);
                }
            }
        }
        if (root.has("events")) {
            List<Node> evs = root.field("events").elements("events");
            if (evs.size() + d.events.size() > MAX_EVENTS) throw root.field("events").error("too many events: " + (evs.size() + d.events.size()) + " (at most " + MAX_EVENTS + ")", "a scenario is a history, not a data dump");
            for (Node en : evs) {
                try {
                    add(d, en);
                } catch (ScenarioException e) {
                    d.add(e);
                }
            }
        }
        if (d.start == null || d.end == null) throw root.error("no span in the scenario or the scenarios it extends", "add span: {start: YYYY-MM, end: YYYY-MM}");
        if (root.has("interventions")) {
            for (Node in : root.field("interventions").elements("a list of interventions")) {
                try {
                    d.interventions.add(intervention(d, in));
                } catch (ScenarioException e) {
                    d.add(e);
                }
            }
        }
        for (Event ev : d.events.values()) {
            for (Effect eff : ev.effects()) if (eff instanceof org.treatysim.scenario.effect.RatchetEffect r) d.ratchetsEverAdded.add(r.id());
        }
        return d;
    }

    /**
     * An error met in a file that {@code ref} ({@code extends:} or {@code parameters_file:}) names, reported so that it
     * points the right way. A problem with the file as a whole (missing, a directory, a device, too large) is placed at
     * the reference. A problem inside a file in the scenario's folder stays where it is, and says which reference led
     * there. A problem inside a file outside the scenario's folder is placed at the reference without its text: that
     * text may quote the file, and a scenario must not be able to print files from elsewhere (e.g. extends:
     * /etc/shadow); `treatysim validate FILE` shows it to someone who means to look.
     */
    private static ScenarioException referenced(ScenarioException e, Node ref, String field, Path target, Path home, String kind) {
        int[] at = ref.doc().location(ref.pointer());
        String via = field + ": at " + ref.doc().file() + ":" + at[0] + ":" + at[1];
        boolean inside = target.startsWith(home) && !target.equals(home);
        if (e.line() == 0 && !(e instanceof ScenarioErrors) && (e.file() == null || Path.of(e.file()).equals(target))) {
            return ref.error(field + " names " + target + ", which cannot be used: " + e.problem(), e.hint());
        }
        if (!inside) {
            String where = e.file() != null && e.line() > 0 ? " (its first error is at " + Path.of(e.file()).getFileName() + ":" + e.line() + ":" + e.column() + ")" : "";
            return ref.error(field + " names " + target + ", which is not a valid " + kind + where
                    + "; its text is not shown because the file lies outside the scenario's folder " + home,
                    "check that file on its own: ./treatysim validate " + target);
        }
        return e.via(via);
    }

    /** Checks one event against the span and the parameters; null if it is an inherited event outside a narrowed span. */
    private static Event check(Draft d, Event ev, ParameterSet params) {
        Node n = d.eventNodes.get(ev.id());
        if (ev.date().isBefore(d.start) || ev.date().isAfter(d.end)) {
            if (d.ownEvents.contains(ev.id())) {
                throw n.field("date").error("event '" + ev.id() + "' is dated " + ev.date() + ", outside the span " + d.start + " to " + d.end,
                        "move the event into the span, or widen span:");
            }
            return null; // inherited events outside a narrowed span do not happen in this scenario
        }
        for (Effect eff : ev.effects()) {
            for (NumberRef r : eff.references()) {
                if (r.isParameter() && !params.contains(r.parameter())) {
                    Node where = r.where() != null ? r.where() : n;
                    String close = Names.closest(r.parameter(), params.names());
                    throw where.error("unknown parameter '$" + r.parameter() + "'",
                            (close != null ? "did you mean '$" + close + "'? " : "") + "parameters are declared in " + d.parametersFile.getFileName());
                }
            }
        }
        return ev;
    }

    private static void remove(Draft d, Node r) {
        String id = r.asString("an event id");
        Event old = d.events.get(id);
        if (old != null && old.isDecision()) d.decisionEdits.put(id, r);
        if (d.events.remove(id) == null) {
            String close = Names.closest(id, d.events.keySet());
            throw r.error("remove_events names '" + id + "', which the extended scenario does not have",
                    close != null ? "did you mean '" + close + "'?" : "check the ids in the scenario this one extends");
        }
        d.eventNodes.remove(id);
    }

    private static void modify(Draft d, String id, Node node) {
        Node m = node.requireObject("the fields to change");
        Event old = d.events.get(id);
        if (old == null) {
            String close = Names.closest(id, d.events.keySet());
            throw m.error("modify_events names '" + id + "', which the extended scenario does not have",
                    close != null ? "did you mean '" + close + "'?" : "check the ids in the scenario this one extends");
        }
        m.onlyFields(MODIFY);
        if (old.isDecision()) d.decisionEdits.put(id, m);
        if (m.has("effects") && m.has("add_effects")) throw m.error("give either effects (replace) or add_effects (append), not both", "keep one of them");
        YearMonth date = m.has("date") ? m.field("date").asYearMonth() : old.date();
        List<Country> actors = m.has("actors") ? actors(m) : old.actors();
        String title = m.has("title") ? oneLine(m.field("title")) : old.title();
        String label = m.has("label") ? m.field("label").asString("a short label") : old.label();
        boolean major = m.has("major") ? m.field("major").asBoolean() : old.major();
        String dir = m.has("direction") ? m.field("direction").asString("+, -, 0 or +/-", DIRECTION) : old.direction();
        String source = m.has("source") ? m.field("source").asString("a source") : old.source();
        String notes = m.has("notes") ? m.field("notes").asString("notes") : old.notes();
        List<Effect> effects = old.effects();
        if (m.has("effects")) effects = effects(m.field("effects"));
        if (m.has("add_effects")) {
            effects = new ArrayList<>(effects);
            effects.addAll(effects(m.field("add_effects")));
            effects = List.copyOf(effects);
        }
        if (label.length() > 28) throw m.field("label").error("label is " + label.length() + " characters; at most 28 fit on a chart", "shorten the label");
        if (source.isBlank()) throw m.field("source").error("source is empty", "cite a seed file name or an address");
        d.events.put(id, new Event(id, date, actors, title, label, major, dir, source, notes, effects, origin(m), old.decision()));
        d.eventNodes.put(id, m);
        d.ownEvents.add(id);
    }

    private void add(Draft d, Node en) {
        Event ev = event(en);
        if (d.events.containsKey(ev.id())) {
            throw en.field("id").error("duplicate event id '" + ev.id() + "'", "event ids must be unique; to change an inherited event use modify_events");
        }
        d.events.put(ev.id(), ev);
        d.eventNodes.put(ev.id(), en);
        d.ownEvents.add(ev.id());
        if (d.extending && ev.isDecision()) d.decisionAdds.put(ev.id(), en);
    }

    private static ParameterSet override(ParameterSet params, String name, Node o, Map<String, String> rationales) {
        ParameterSpec spec = params.spec(name);
        if (spec == null) {
            String close = Names.closest(name, params.names());
            throw o.error("unknown parameter '" + name + "'", (close != null ? "did you mean '" + close + "'? " : "") + "parameters are declared in the parameter file");
        }
        o.requireObject("{value: x, rationale: \"...\"}");
        o.onlyFields(OVERRIDE);
        String why;
        if (o.has("source")) why = o.field("source").asString("a source");
        else if (o.has("rationale")) why = o.field("rationale").asString("a rationale");
        else throw o.error("override of '" + name + "' gives no source or rationale", "add source: \"...\" or rationale: \"...\"");
        if (why.isBlank()) throw o.error("override of '" + name + "' has an empty source/rationale", "say why the value differs");
        ParameterSpec s = spec;
        if (o.has("range")) {
            double[] r = o.field("range").asInterval("range of " + name, "write range: [low, high]");
            double lo = r[0], hi = r[1];
            if (lo > hi) throw o.field("range").error("empty range: low " + lo + " > high " + hi, "write [low, high] with low <= high");
            ParameterSet.within(spec.bounds(), name, lo, o.field("range").element(0), "low end of the overriding range");
            ParameterSet.within(spec.bounds(), name, hi, o.field("range").element(1), "high end of the overriding range");
            s = s.withRange(lo, hi);
        }
        if (o.has("value")) {
            double v = o.field("value").asDouble(spec.unit());
            ParameterSet.within(spec.bounds(), name, v, o.field("value"), "overriding value");
            s = s.withValue(v);
        }
        if (o.has("distribution")) {
            String dist = o.field("distribution").asString("triangular, uniform or fixed", Pattern.compile("triangular|uniform|fixed"));
            s = s.withDistribution(ParameterSpec.Distribution.valueOf(dist.toUpperCase(java.util.Locale.ROOT)));
        }
        if (s.value() < s.low() || s.value() > s.high()) {
            if (o.has("range")) throw o.error("value " + s.value() + " of '" + name + "' lies outside its range [" + s.low() + ", " + s.high() + "]", "give a value inside the range");
            // A value outside the file's plausible range is a deliberate counterfactual: the range widens to hold it.
            s = s.withRange(Math.min(s.low(), s.value()), Math.max(s.high(), s.value()));
        }
        rationales.put(name, why);
        return params.with(s.withSource(s.basis(), spec.source() + " | overridden: " + why));
    }

    private Event event(Node n) {
        n.requireObject("an event with id, date, actors, title, direction, source and effects");
        n.onlyFields(EVENT);
        String id = n.required("id", "a unique id such as 1956-10-joint-declaration").asString("an id of lower-case letters, digits and dashes", Pattern.compile("[a-z0-9][a-z0-9-]{0,79}"));
        YearMonth date = n.required("date", "the month, YYYY-MM").asYearMonth();
        n.required("actors", "a list such as [SU, JP]");
        List<Country> actors = actors(n);
        String title = oneLine(n.required("title", "a one-line title"));
        String label = n.has("label") ? n.field("label").asString("a short label") : "";
        if (label.length() > 28) throw n.field("label").error("label is " + label.length() + " characters; at most 28 fit on a chart", "shorten the label");
        boolean major = n.has("major") && n.field("major").asBoolean();
        String dir = n.required("direction", "+, -, 0 or +/-").asString("+, -, 0 or +/-", DIRECTION);
        String source = n.required("source", "seed file names and/or public addresses").asString("the source as text");
        if (source.isBlank()) throw n.field("source").error("source is empty", "cite a seed file name or an address");
        String notes = n.has("notes") ? n.field("notes").asString("notes") : "";
        DecisionRef decision = n.has("decision") ? decisionRef(n.field("decision")) : null;
        // A former decision may be a record only (its date scores the rule; the scripted model had no effect for it).
        List<Effect> effects = decision != null && !n.has("effects") ? List.of()
                : effects(n.required("effects", "a list of effects such as {op: set, var: RU.max_offer, value: 2}"));
        return new Event(id, date, actors, title, label, major, dir, source, notes, effects, origin(n), decision);
    }

    /** Reads an event's {@code decision: {rule: R, option: O}} tag, checking both against the model's rules. */
    private DecisionRef decisionRef(Node n) {
        n.requireObject("decision: {rule: RULE, option: OPTION}, the agent decision that now produces this event");
        n.onlyFields(DECISION);
        Node r = n.required("rule", "a decision rule such as RU.legal_cap");
        String rule = rule(r);
        Node o = n.required("option", "one of the rule's options");
        String option = o.asString("an option name");
        checkOption(o, rule, option);
        return new DecisionRef(rule, option);
    }

    private String rule(Node r) {
        String rule = r.asString("a decision rule id such as JP.sanctions");
        if (!decisions.isEmpty() && !decisions.containsKey(rule)) {
            String close = Names.closest(rule, decisions.keySet());
            throw r.error("unknown decision rule '" + rule + "'",
                    (close != null ? "did you mean '" + close + "'? " : "") + "known: " + String.join(", ", decisions.keySet()) + " (docs/ODD.md, decision rules)");
        }
        return rule;
    }

    private void checkOption(Node o, String rule, String option) {
        List<String> opts = decisions.get(rule);
        if (opts != null && !opts.contains(option)) {
            String close = Names.closest(option, opts);
            throw o.error("'" + option + "' is not an option of " + rule,
                    (close != null ? "did you mean '" + close + "'? " : "") + rule + " chooses among: " + String.join(", ", opts));
        }
    }

    /** Reads one intervention: {decision: R, force: O | forbid: O or [O, ...], from: YYYY-MM, to: YYYY-MM, rationale: "..."}. */
    private Intervention intervention(Draft d, Node n) {
        n.requireObject("an intervention such as {decision: JP.sanctions, forbid: [limited, aligned], from: 2022-01, to: 2025-12, rationale: \"...\"}");
        n.onlyFields(INTERVENTION);
        Node r = n.required("decision", "the decision rule to intervene on, e.g. JP.sanctions");
        String rule = rule(r);
        if (n.has("force") == n.has("forbid")) throw n.error("an intervention needs exactly one of force: or forbid:", "force: OPTION makes the rule choose it; forbid: [OPTION, ...] rules options out");
        boolean force = n.has("force");
        Node on = n.field(force ? "force" : "forbid");
        List<String> options = new ArrayList<>();
        List<Node> optionNodes = on.json().isArray() ? on.elements("option names") : List.of(on);
        for (Node o : optionNodes) {
            String opt = o.asString("an option name");
            checkOption(o, rule, opt);
            if (options.contains(opt)) throw o.error("option '" + opt + "' is named twice", "name each option once");
            options.add(opt);
        }
        if (options.isEmpty()) throw on.error("no option named", "name at least one option");
        if (force && options.size() != 1) throw on.error("force: names one option, found " + options.size(), "force a single option, or forbid the ones to rule out");
        List<String> all = decisions.get(rule);
        if (!force && all != null && options.size() >= all.size()) throw on.error("forbid: rules out every option of " + rule, "leave at least one option, or force: the one you want");
        YearMonth from = n.has("from") ? n.field("from").asYearMonth() : d.start;
        YearMonth to = n.has("to") ? n.field("to").asYearMonth() : d.end;
        if (to.isBefore(from)) throw n.field("to").error("to " + to + " is before from " + from, "give a window with from <= to");
        if (to.isBefore(d.start) || from.isAfter(d.end)) throw n.error("the window " + from + ".." + to + " lies outside the span " + d.start + " to " + d.end, "move the window into the span");
        String why;
        if (n.has("rationale")) why = n.field("rationale").asString("a rationale");
        else if (n.has("source")) why = n.field("source").asString("a source");
        else throw n.error("intervention on " + rule + " gives no rationale", "add rationale: \"...\" (the question, and sources)");
        if (why.isBlank()) throw n.error("intervention on " + rule + " has an empty rationale", "say why, with sources");
        return new Intervention(rule, force, List.copyOf(options), from, to, why, origin(n));
    }

    /**
     * In the agent model the agents take the decisions: a shock may not do what a decision does, a what-if may not
     * remove or rewrite a former decision event (it would change nothing), and interventions are how to change one.
     * The scripted null model takes no interventions.
     */
    private static void checkAgents(Draft d, Scenario.Agents agents, List<Event> events) {
        List<ScenarioException> errors = new ArrayList<>();
        if (agents == Scenario.Agents.SCRIPTED) {
            if (!d.interventions.isEmpty()) {
                Node where = d.agentsNode != null ? d.agentsNode : d.eventNodes.values().stream().findFirst().orElse(null);
                errors.add(new ScenarioException(d.lineage.get(0), where == null ? 1 : where.doc().location(where.pointer())[0], 1,
                        "interventions act on the agents' decisions, which the scripted model does not take (agents: scripted)",
                        "remove agents: scripted, or edit the events instead of intervening"));
            }
            ScenarioErrors.throwIfAny(errors);
            return;
        }
        for (Map.Entry<String, Node> e : d.decisionEdits.entrySet()) {
            errors.add(e.getValue().error("event '" + e.getKey() + "' is a decision of the agents; in the agent model it is decided, not scripted, so removing or rewriting it changes nothing",
                    "use interventions: [{decision: RULE, force: OPTION | forbid: [OPTION], from: YYYY-MM, to: YYYY-MM, rationale: \"...\"}]"));
        }
        for (Map.Entry<String, Node> e : d.decisionAdds.entrySet()) {
            errors.add(e.getValue().error("event '" + e.getKey() + "' records a decision of the agents; in the agent model a record is not applied (the agents decide), so adding one changes nothing",
                    "to make the agents take it, use interventions: [{decision: RULE, force: OPTION, from: YYYY-MM, to: YYYY-MM, rationale: \"...\"}]; to add a shock, leave out decision:"));
        }
        for (Event ev : events) {
            if (ev.isDecision()) continue;
            for (Effect eff : ev.effects()) {
                if (eff.decisionOnly()) {
                    errors.add(d.eventNodes.get(ev.id()).field("effects").error("event '" + ev.id() + "' (a shock) has the effect '" + eff.describe()
                                    + "', which is the agents' decision in the agent model",
                            d.extending ? "use an intervention to force or forbid the decision (interventions:), or leave the effect out"
                                    : "use an intervention to force or forbid the decision, or tag the event with decision: {rule, option} if it records one"));
                    break;
                }
            }
        }
        errors.sort(Comparator.comparingInt(ScenarioException::line));
        ScenarioErrors.throwIfAny(errors);
    }

    private static List<Country> actors(Node n) {
        List<Country> actors = new ArrayList<>();
        for (Node a : n.field("actors").elements("actors")) {
            String s = a.asString("one of JP, SU, RU, US, CN", Pattern.compile("JP|SU|RU|US|CN"));
            actors.add(Country.valueOf(s));
        }
        if (actors.isEmpty()) throw n.field("actors").error("actors is empty", "name at least one actor");
        return List.copyOf(actors);
    }

    private static String oneLine(Node n) {
        String title = n.asString("a one-line title");
        if (title.isBlank() || title.contains("\n") || title.contains("\r")) throw n.error("title must be one non-empty line", "shorten the title; put detail in notes");
        return title;
    }

    /** Longest scenario title: it heads charts, reports and the `scenarios` listing. */
    static final int MAX_TITLE = 200;

    /** A scenario's (or sweep's) title: one line of at most {@link #MAX_TITLE} characters. */
    public static String titleLine(Node n) {
        String title = n.asString("a one-line title");
        if (title.contains("\n") || title.contains("\r")) throw n.error("the title must be one line", "shorten the title; put detail in description:");
        if (title.length() > MAX_TITLE) throw n.error("the title is " + title.length() + " characters; at most " + MAX_TITLE + " fit", "shorten the title; put detail in description:");
        return title;
    }

    private static List<Effect> effects(Node list) {
        List<Effect> out = new ArrayList<>();
        for (Node e : list.elements("effects")) out.add(Effects.parse(e));
        if (out.isEmpty()) throw list.error("effects is empty", "give at least one effect; an event without effects belongs in notes");
        return List.copyOf(out);
    }

    private static String origin(Node n) {
        int[] loc = n.doc().location(n.pointer());
        return n.doc().file().getFileName() + ":" + loc[0];
    }

    /** In {@link #loadText}: refuses a named file that is not a regular file directly inside the allowed folder. */
    private void confine(Path p, Node where, String field) {
        if (confinedTo == null) return;
        if (confinedTo.equals(p.getParent()) && (p.equals(virtualFile) || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))) return;
        String shipped;
        try (java.util.stream.Stream<Path> s = Files.list(confinedTo)) {
            shipped = String.join(", ", s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.getFileName().toString()).filter(n -> n.matches("[^.].*\\.(ya?ml|json)")).sorted().toList());
        } catch (IOException e) {
            shipped = "?";
        }
        throw where.error(field + ": '" + where.json().asText() + "' is not one of the shipped files",
                "name a file of the scenarios folder alone, without a path: " + shipped);
    }

    static String sha256(Path p) {
        try {
            return sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new IllegalStateException("cannot hash " + p, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
