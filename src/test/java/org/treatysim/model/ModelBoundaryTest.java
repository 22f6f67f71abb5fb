package org.treatysim.model;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model stays headless and knows nothing of its users: no compiled class of org.treatysim.model or its subpackages
 * (agents, decision, negotiation, scripted) refers to
 * MASON's display or portrayal packages, Swing, AWT, or TreatySim's gui, cli and output packages. Read from the
 * constant pools of the compiled classes, so imports, fully qualified names and descriptors all count. The same scan
 * holds every package to the one-way import rules its package-info.java states.
 */
class ModelBoundaryTest {
    static final List<String> FORBIDDEN = List.of("sim/display/", "sim/portrayal/", "javax/swing/", "java/awt/",
            "org/treatysim/gui/", "org/treatysim/cli/", "org/treatysim/output/");

    @Test void modelClassesReferNoUiCliOrOutputCode() throws Exception {
        Path dir = classesDir().resolve("org/treatysim/model");
        List<Path> classes;
        try (Stream<Path> s = Files.walk(dir)) { // the model's subpackages too (agents, decision, negotiation, scripted)
            classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        assertTrue(classes.size() >= 40, "found the model's classes in " + dir + " and its subpackages: " + classes.size());
        List<String> bad = new ArrayList<>();
        for (Path c : classes) {
            for (String u : utf8Constants(c)) {
                for (String f : FORBIDDEN) if (u.contains(f)) bad.add(dir.relativize(c) + " -> " + u);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test void scannerSeesWhatTheGuiUses() throws Exception {
        Path gui = classesDir().resolve("org/treatysim/gui/TreatySimWithUI.class");
        List<String> u = utf8Constants(gui);
        assertTrue(u.stream().anyMatch(s -> s.contains("sim/display/Display2D")), "the scan finds sim.display in the GUI class");
        assertTrue(u.stream().anyMatch(s -> s.contains("javax/swing/")), "the scan finds Swing in the GUI class");
        assertTrue(utf8Constants(classesDir().resolve("org/treatysim/model/TreatyModel.class")).contains("sim/engine/SimState"));
    }

    /**
     * The stages import one way, io -> scenario -> model -> experiment -> analysis -> output, and the shells sit on
     * top: gui and web may use everything up to output, cli everything; nothing below a shell refers to one. The
     * model uses io's text helpers only, never its file writers.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "io", Set.of(),
            "scenario", Set.of("io"),
            "model", Set.of("io", "scenario"),
            "experiment", Set.of("io", "scenario", "model"),
            "analysis", Set.of("io", "scenario", "model", "experiment"),
            "output", Set.of("io", "scenario", "model", "experiment", "analysis"),
            "gui", Set.of("io", "scenario", "model", "experiment", "analysis", "output"),
            "web", Set.of("io", "scenario", "model", "experiment", "analysis", "output"),
            "cli", Set.of("io", "scenario", "model", "experiment", "analysis", "output", "gui", "web"));
    static final List<String> IO_WRITERS = List.of("org/treatysim/io/CsvTable", "org/treatysim/io/FileTrees");

    @Test void packagesImportOneWay() throws Exception {
        Path root = classesDir().resolve("org/treatysim");
        List<Path> classes;
        try (Stream<Path> s = Files.walk(root)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        List<String> bad = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Path c : classes) {
            String rel = root.relativize(c).toString().replace('\\', '/');
            if (!rel.contains("/")) continue;
            String pkg = rel.substring(0, rel.indexOf('/'));
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) { bad.add(rel + ": package " + pkg + " has no rule in ModelBoundaryTest.ALLOWED"); continue; }
            for (String u : utf8Constants(c)) {
                Matcher m = TREATYSIM_REF.matcher(u);
                while (m.find()) {
                    String q = m.group(1);
                    if (q.equals(pkg)) continue;
                    seen.add(pkg + "->" + q);
                    if (!allowed.contains(q)) bad.add(rel + " -> " + m.group());
                }
                if (pkg.equals("model")) for (String w : IO_WRITERS) if (u.contains(w)) bad.add(rel + " -> " + w);
            }
        }
        assertEquals(List.of(), bad);
        // the scan sees the references it must see, so a broken scan cannot pass for a clean tree
        assertTrue(seen.containsAll(List.of("cli->web", "cli->gui", "output->analysis", "model->scenario", "scenario->io")), seen.toString());
    }

    private static final Pattern TREATYSIM_REF = Pattern.compile("org/treatysim/(\\w+)/[\\w/$]*");

    @Test void everyPackageSaysItsJob() throws IOException {
        Path src = Path.of("src/main/java/org/treatysim");
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(src)) {
            dirs = s.filter(Files::isDirectory).filter(ModelBoundaryTest::holdsJava).sorted().toList();
        }
        assertTrue(dirs.size() >= 18, "found the packages: " + dirs);
        List<String> missing = new ArrayList<>();
        for (Path d : dirs) {
            Path info = d.resolve("package-info.java");
            if (!Files.exists(info)) { missing.add(src.relativize(d) + ": no package-info.java"); continue; }
            String text = Files.readString(info);
            if (!text.contains("Imports:")) missing.add(src.relativize(d) + ": package-info.java does not say what it may import");
        }
        assertEquals(List.of(), missing);
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path classesDir() throws URISyntaxException {
        return Path.of(TreatyModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Every CONSTANT_Utf8 entry of a class file (class names, descriptors, string literals). */
    static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream d = new DataInputStream(in)) {
            if (d.readInt() != 0xCAFEBABE) throw new IOException("not a class file: " + classFile);
            d.readUnsignedShort();
            d.readUnsignedShort();
            int n = d.readUnsignedShort();
            for (int i = 1; i < n; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(d.readUTF());
                    case 3, 4 -> d.skipBytes(4);
                    case 5, 6 -> { d.skipBytes(8); i++; }
                    case 7, 8, 16, 19, 20 -> d.skipBytes(2);
                    case 9, 10, 11, 12, 17, 18 -> d.skipBytes(4);
                    case 15 -> d.skipBytes(3);
                    default -> throw new IOException("unknown constant tag " + tag + " in " + classFile);
                }
            }
        }
        return out;
    }
}
