package org.treatysim.web;

import org.treatysim.experiment.DecisionTally;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.io.FileTrees;
import org.treatysim.output.ComparisonFiles;
import org.treatysim.output.HtmlReport;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.RunReport;
import org.treatysim.output.RunSummary;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The computations behind a job, through the same library calls and writers as {@code run} and {@code compare}: the
 * files are written by RunReport/ComparisonFiles into a private temporary folder, read back, and the folder deleted.
 * So a result downloaded from the web is byte for byte what the printed command writes (manifest.json aside, which
 * records times). Each job runs on one thread; results do not depend on the thread count.
 */
final class Runs {

    private Runs() {}

    /** A run of one scenario: run's files, the scenario file, command.txt, and the page's data. */
    static ResultBundle run(Requests.Loaded in, int reps, long seed, String dirLabel, IntConsumer progress) {
        Scenario s = in.scenario();
        Instant started = Instant.now();
        List<String> args = List.of("run", dirLabel + "/" + in.fileName(), "-n", Integer.toString(reps), "-s", Long.toString(seed));
        RunReport.Finished[] done = new RunReport.Finished[1];
        List<String> signed = new ArrayList<>();
        Map<String, byte[]> files = written(RunReport.OWNER, dir -> done[0] = RunReport.runAndWrite(dir, s, new MonteCarlo.Config(reps, seed, 1, true), progress,
                t -> Manifest.build("run", args, s, reps, seed, 1, started, Instant.now(), null), (o, d) -> signed.add(ViewData.signedMonth(s, o))));
        String command = HtmlReport.shellCommand("run", args);
        addInputs(files, List.of(in), dirLabel, command);
        RunSummary summary = RunSummary.read(files.get("summary.json"));
        return new ResultBundle(ordered(files), ViewData.run(done[0].statistics(), signed, done[0].stats(), done[0].summary(), summary, command),
                Stories.inputs(List.of(in), reps, seed, dirLabel));
    }

    /** A compare of a base and what-ifs on common random numbers: compare's files, the scenario files, command.txt and the page's data. */
    static ResultBundle compare(List<Requests.Loaded> arms, int reps, long seed, List<YearMonth> asked, String dirLabel, IntConsumer progress) {
        Instant started = Instant.now();
        MonteCarlo.Config cfg = new MonteCarlo.Config(reps, seed, 1, true);
        Scenario base = arms.get(0).scenario();
        List<Scenario> whatifs = new ArrayList<>();
        for (Requests.Loaded w : arms.subList(1, arms.size())) whatifs.add(w.scenario());
        List<Scenario> all = new ArrayList<>(List.of(base));
        all.addAll(whatifs);
        // Each what-if's decisions are counted from the month it departs from the base, in both arms.
        List<YearMonth> since = new ArrayList<>();
        for (Scenario w : whatifs) since.add(DecisionView.departure(base, w));
        List<List<DecisionTally.Window>> windows = new ArrayList<>(List.of(DecisionView.windows(base, since)));
        for (int i = 0; i < whatifs.size(); i++) windows.add(DecisionView.windows(whatifs.get(i), List.of(since.get(i))));
        List<List<String>> signed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) signed.add(new ArrayList<>());
        MonteCarlo.Paired paired = MonteCarlo.runPaired(all, windows, cfg, progress,
                (arm, o) -> signed.get(arm).add(ViewData.signedMonth(all.get(arm), o)));
        List<ComparisonFiles.Arm> out = ComparisonFiles.arms(all, paired, cfg);
        List<RunStatistics> runs = paired.arms();
        List<String> args = new ArrayList<>(List.of("compare"));
        for (Requests.Loaded a : arms) args.add(dirLabel + "/" + a.fileName());
        args.addAll(List.of("-n", Integer.toString(reps), "-s", Long.toString(seed)));
        List<YearMonth> dates = asked.isEmpty() ? ComparisonFiles.defaultDates(out) : asked;
        if (!asked.isEmpty()) {
            args.add("--dates");
            args.add(String.join(",", dates.stream().map(YearMonth::toString).toList()));
        }
        Map<String, Object> manifest = Manifest.build("compare", args, arms.get(0).scenario(), reps, seed, 1, started, Instant.now(),
                ComparisonFiles.manifestExtra(whatifs, dates));
        Map<String, byte[]> files = written(ComparisonFiles.OWNER, dir -> ComparisonFiles.write(dir, out, dates, manifest));
        String command = HtmlReport.shellCommand("compare", args);
        addInputs(files, arms, dirLabel, command);
        return new ResultBundle(ordered(files), ViewData.compare(out, runs, signed, dates, command), Stories.inputs(arms, reps, seed, dirLabel));
    }

    /** The scenario files asked about, and command.txt: how to reproduce the result from a checkout. */
    private static void addInputs(Map<String, byte[]> files, List<Requests.Loaded> arms, String dirLabel, String command) {
        StringBuilder sb = new StringBuilder("# Reproduces this result with TreatySim ").append(Manifest.version())
                .append(", from the repository's top folder.\n");
        for (Requests.Loaded a : arms) {
            files.putIfAbsent(a.fileName(), a.text());
            if (!a.shipped()) {
                sb.append("# First save ").append(a.fileName()).append(" (downloaded with this result) as ")
                        .append(dirLabel).append('/').append(a.fileName()).append(".\n");
            }
        }
        sb.append(command).append('\n');
        files.put("command.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The files in the order the page lists them: report, summary, charts, tables, inputs, command, provenance. */
    static Map<String, byte[]> ordered(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.keySet().stream().sorted(Comparator.comparingInt(Runs::rank).thenComparing(Comparator.naturalOrder()))
                .forEach(n -> out.put(n, files.get(n)));
        return out;
    }

    private static int rank(String name) {
        if (name.equals("manifest.json")) return 9;
        if (name.equals("command.txt")) return 8;
        if (name.equals("summary.json")) return 1;
        List<String> ext = List.of(".html", ".json", ".png", ".svg", ".csv", ".yaml");
        for (int i = 0; i < ext.size(); i++) if (name.endsWith(ext.get(i))) return i == 0 ? 0 : i + 1;
        return 7;
    }

    /** Runs {@code writer} on a fresh results folder inside a private temporary folder; returns its files by name. */
    static Map<String, byte[]> written(OutputDir.Owner owner, Consumer<OutputDir> writer) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("treatysim-web-");
            Path dir = tmp.resolve("result");
            try (OutputDir od = OutputDir.open(dir, false, owner)) {
                writer.accept(od);
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.sorted().toList()) {
                    String n = f.getFileName().toString();
                    if (!n.startsWith(".") && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) files.put(n, Files.readAllBytes(f));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to a temporary folder: " + e.getMessage(), e);
        } finally {
            if (tmp != null) FileTrees.deleteQuietly(tmp);
        }
    }

}
