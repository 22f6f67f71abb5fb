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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model stays headless and knows nothing of its users: no compiled class of org.treatysim.model or its subpackages
 * (agents, decision, negotiation, scripted) refers to
 * MASON's display or portrayal packages, Swing, AWT, or TreatySim's gui, cli and output packages. Read from the
 * constant pools of the compiled classes, so imports, fully qualified names and descriptors all count.
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
