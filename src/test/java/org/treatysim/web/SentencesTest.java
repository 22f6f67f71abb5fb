package org.treatysim.web;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The numbers in words: rounding of percentages and points, and the three kinds of comparison sentence. */
class SentencesTest {
    @Test void percentagesAreWholeExceptNearZeroAndOne() {
        assertEquals("52%", Sentences.pct(0.5213));
        assertEquals("7%", Sentences.pct(0.0689));
        assertEquals("0.4%", Sentences.pct(0.004));
        assertEquals("0%", Sentences.pct(0));
        assertEquals("99.6%", Sentences.pct(0.9961));
        assertEquals("100%", Sentences.pct(1));
        assertEquals("?", Sentences.pct(Double.NaN));
    }

    @Test void differencesAreSignedPercentagePoints() {
        assertEquals("+45", Sentences.signed(0.4512));
        assertEquals("-3", Sentences.signed(-0.031));
        assertEquals("+0.4", Sentences.signed(0.0041));
        assertEquals("0", Sentences.signed(0.0));
        assertEquals("0", Sentences.signed(-0.0004));
    }

    @Test void aClearRiseAFallAndNoClearDifference() {
        YearMonth d = YearMonth.of(1957, 12);
        assertEquals("Compared with baseline, whatif-x raises the chance of a treaty by December 1957 from 7% to 52%: +45 points (95% CI +42 to +48).",
                Sentences.sentence("baseline", "whatif-x", d, 0.07, 0.52, 0.45, 0.42, 0.48));
        assertEquals("Compared with baseline, whatif-y lowers the chance of a treaty by December 1957 from 20% to 19%: -1 point (95% CI -2 to -0.5).",
                Sentences.sentence("baseline", "whatif-y", d, 0.20, 0.19, -0.01, -0.02, -0.005));
        assertEquals("Compared with baseline, whatif-z makes no clear difference to the chance of a treaty by December 1957: 8% against 7%, a difference of +1 point (95% CI -1 to +3).",
                Sentences.sentence("baseline", "whatif-z", d, 0.07, 0.08, 0.01, -0.01, 0.03));
        assertEquals("Compared with baseline, whatif-z makes no clear difference to the chance of a treaty by December 1957: 7% against 7%, a difference of 0 points.",
                Sentences.sentence("baseline", "whatif-z", d, 0.07, 0.07, 0, Double.NaN, Double.NaN));
    }

    @Test void theQuestionOfAWhatIfIsItsQuestionParagraph() {
        assertEquals("What if X? Would Y?", Gallery.question("Question. What if X?\n  Would Y?\nWhat is changed. Z.\nSources. S."));
        assertEquals("The reference run: the history.", Gallery.question("The reference run: the history. Everything else."));
        assertEquals("", Gallery.question(null));
    }
}
