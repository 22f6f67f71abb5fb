package org.treatysim.io;

import java.util.Locale;

/** Fuzzy matching of names, for "did you mean" hints: the closest known name by edit distance. */
public final class Names {
    private Names() {}

    /**
     * The option closest to {@code word} (Levenshtein distance, ignoring case), or null when none is close: within
     * two edits, or a third of the word's length for longer words.
     */
    public static String closest(String word, Iterable<String> options) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String w = word.toLowerCase(Locale.ROOT);
        for (String o : options) {
            int d = distance(w, o.toLowerCase(Locale.ROOT));
            if (d < bestD) { bestD = d; best = o; }
        }
        return bestD <= Math.max(2, word.length() / 3) ? best : null;
    }

    /** The Levenshtein distance: the fewest insertions, deletions and substitutions that turn a into b. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
