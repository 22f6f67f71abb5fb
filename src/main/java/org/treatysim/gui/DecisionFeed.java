package org.treatysim.gui;

import org.treatysim.model.DecisionObserver;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.output.Story;
import org.treatysim.scenario.Country;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The agents' decisions of the run on screen, as the ticker shows them: each decision the model reports through its
 * {@link DecisionObserver} becomes a dated line with the sentence {@code treatysim story} prints
 * ({@link Story#sentence}), its cause apart, and the actor. An offer and its answer make one line, as in the story.
 * A decision that repeats the line just before it (a round of talks every month, retaliation after retaliation) is
 * counted on that line rather than pushing older lines off. Keeps the latest {@link #KEPT} lines.
 *
 * <p>Called on the model's thread; read there too (by the ticker's view), so it needs no locking.
 */
final class DecisionFeed implements DecisionObserver {
    static final int KEPT = 40;

    /**
     * One line of the feed.
     *
     * @param first    step of the first month it covers; {@code last} the latest
     * @param actor    who decided (for a combined offer and answer: who answered)
     * @param key      rule and option, to merge repeats
     * @param text     the sentence, without its cause
     * @param cause    what drove it, or "" if the sentence says it
     * @param times    how many times it happened in a row
     */
    record Line(int first, int last, Country actor, String key, String text, String cause, int times) {
        Line again(int month, String newCause) { return new Line(first, month, actor, key, text, newCause, times + 1); }
    }

    private final List<DecisionRule> rules = Decisions.create();
    private final Deque<Line> lines = new ArrayDeque<>();
    private final String[] pendingOffer = {null};

    @Override public void decided(int month, Country actor, String rule, String option, double value, String cause) {
        decided(month, actor, rule, null, option, value, cause);
    }

    @Override public void decided(int month, Country actor, String rule, String from, String option, double value, String cause) {
        String sentence = Story.sentence(rules, actor, rule, from, option, value, cause, pendingOffer);
        if (sentence == null) return; // an offer, told with its answer
        String because = "";
        if (cause != null && !cause.isEmpty()) {
            String tail = " (" + cause + ").";
            if (sentence.endsWith(tail)) {
                sentence = sentence.substring(0, sentence.length() - tail.length()) + ".";
                because = cause;
            }
        }
        String key = actor + " " + rule + " " + option + " " + sentence;
        Line top = lines.peekFirst();
        if (top != null && top.key().equals(key)) {
            lines.removeFirst();
            lines.addFirst(top.again(month, because));
        } else {
            lines.addFirst(new Line(month, month, actor, key, sentence, because, 1));
            while (lines.size() > KEPT) lines.removeLast();
        }
    }

    /** Forgets everything (a new run). */
    void clear() {
        lines.clear();
        pendingOffer[0] = null;
    }

    /** The latest {@code n} lines, newest first. */
    List<Line> latest(int n) {
        List<Line> out = new ArrayList<>(Math.min(n, lines.size()));
        for (Line l : lines) {
            if (out.size() == n) break;
            out.add(l);
        }
        return out;
    }

    int size() { return lines.size(); }
}
