package org.treatysim.model.decision;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermsTest {
    @Test void causesWriteTheirWeightAsFormatWouldWithASignAndTwoDecimals() {
        assertEquals("+1.20", Terms.signed2(1.2));
        assertEquals("-0.00", Terms.signed2(-0.004));
        assertEquals("+0.00", Terms.signed2(0.0));
        assertEquals("-3.80", Terms.signed2(-3.8));
        assertEquals("+12.06", Terms.signed2(12.0649));
        SplittableRandom r = new SplittableRandom(3);
        int same = 0;
        for (int i = 0; i < 100_000; i++) {
            double x = (r.nextDouble() - 0.5) * 20;
            if (Terms.signed2(x).equals(String.format(Locale.ROOT, "%+.2f", x))) same++;
        }
        assertEquals(100_000, same, "identical to String.format on random values");
    }

    @Test void theCauseIsTheStateTermThatPushedHardestTheWayChosen() {
        Terms t = new Terms().reset();
        t.add(Terms.STANDING, 5.0);
        t.add("tension", 1.5);
        t.add("relations", -0.7);
        t.add("need", 0.4);
        assertEquals("tension (+1.50)", t.cause(+1), "the standing term is named only if no state term pushed that way");
        assertEquals("relations (-0.70)", t.cause(-1));
        Terms u = new Terms().reset();
        u.add(Terms.STANDING, -2.0);
        u.add("tension", 0.5);
        assertEquals("standing disposition (-2.00)", u.cause(-1));
    }
}
