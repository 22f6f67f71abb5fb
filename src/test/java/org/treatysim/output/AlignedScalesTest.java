package org.treatysim.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignedScalesTest {
    @Test void similarRangesShareOneScale() {
        AlignedScales.Scale[] s = AlignedScales.choose(20.3, 25.5);
        assertEquals(new AlignedScales.Scale(30, 5), s[0]);
        assertEquals(new AlignedScales.Scale(30, 5), s[1]);
    }

    @Test void differentRangesGetTheirOwnNiceStepsAndTheSameTickCount() {
        for (double[] c : new double[][] {{2.1, 63}, {0.4, 95}, {47, 3}, {12.5, 100}, {0.013, 7.7}, {99, 100}}) {
            AlignedScales.Scale[] s = AlignedScales.choose(c[0], c[1]);
            assertEquals(s[0].intervals(), s[1].intervals(), "aligned ticks for " + c[0] + ", " + c[1]);
            assertTrue(s[0].upper() >= Math.max(c[0], AlignedScales.MIN_TOP) && s[1].upper() >= Math.max(c[1], AlignedScales.MIN_TOP), "holds the data");
            assertTrue(s[0].intervals() >= 4 && s[0].intervals() <= 8);
            for (AlignedScales.Scale x : s) assertTrue(isNice(x.step()), "nice step " + x.step());
            // Neither axis wastes more than half of its height.
            assertTrue(Math.max(c[0], AlignedScales.MIN_TOP) / s[0].upper() > 0.5 && c[1] / s[1].upper() > 0.5, c[0] + ", " + c[1]);
        }
    }

    @Test void nothingToDrawStillGivesAReadableAxis() {
        AlignedScales.Scale[] s = AlignedScales.choose(0, 0);
        assertEquals(AlignedScales.MIN_TOP, s[0].upper(), 1e-12);
        assertEquals(s[0], s[1]);
    }

    @Test void niceCeilRoundsUpToOneTwoTwoAndAHalfOrFive() {
        assertEquals(5, AlignedScales.niceCeil(4.04));
        assertEquals(2.5, AlignedScales.niceCeil(2.1));
        assertEquals(0.02, AlignedScales.niceCeil(0.0123));
        assertEquals(100, AlignedScales.niceCeil(51));
        assertEquals(10, AlignedScales.niceCeil(10));
    }

    private static boolean isNice(double step) {
        double m = step / Math.pow(10, Math.floor(Math.log10(step)));
        return Math.abs(m - 1) < 1e-9 || Math.abs(m - 2) < 1e-9 || Math.abs(m - 2.5) < 1e-9 || Math.abs(m - 5) < 1e-9;
    }
}
