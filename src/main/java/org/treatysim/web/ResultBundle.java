package org.treatysim.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The finished result of one job: the files a student can download (the same files the command line writes, plus
 * the scenario files and the command that reproduces them), {@code view}, the JSON the result page draws, and what it
 * takes to tell the story of one of its replications.
 * Immutable; the cache hands the same bundle, and so the same bytes, to everyone who asks the same question.
 */
public final class ResultBundle {
    private final Map<String, byte[]> files;
    private final byte[] view;
    private final long bytes;
    private final Stories.Inputs stories;

    public ResultBundle(Map<String, byte[]> files, byte[] view) {
        this(files, view, null);
    }

    /** @param stories what the story of a replication needs (the scenarios, seed, replications), or null if it has none */
    ResultBundle(Map<String, byte[]> files, byte[] view, Stories.Inputs stories) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        long n = view.length;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            m.put(e.getKey(), e.getValue().clone());
            n += e.getValue().length + e.getKey().length();
        }
        this.files = Collections.unmodifiableMap(m);
        this.view = view.clone();
        this.bytes = n;
        this.stories = stories;
    }

    /** The scenarios, seed and replications behind this result, for the stories of its replications; null if none. */
    Stories.Inputs stories() { return stories; }

    /** File names in the order they are listed on the page. */
    public Iterable<String> names() { return files.keySet(); }

    /** A file's bytes (a copy), or null if the bundle has no file of that name. */
    public byte[] file(String name) {
        byte[] b = files.get(name);
        return b == null ? null : b.clone();
    }

    public int size(String name) { return files.get(name).length; }

    public boolean has(String name) { return files.containsKey(name); }

    public byte[] view() { return view.clone(); }

    /** Memory held, for the cache's budget. */
    public long bytes() { return bytes; }
}
