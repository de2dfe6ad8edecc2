package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmenterTest {

    static final InputSpec SPEC = new InputSpec(16, 1, 0, 0, 1, true);

    static float[] ramp() {
        float[] chw = new float[SPEC.length()];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                chw[y * 16 + x] = x + 100 * y;
                chw[256 + y * 16 + x] = x < 8 ? 1 : 0;
            }
        }
        return chw;
    }

    @Test
    void noneCopiesTheInput() {
        float[] in = ramp();
        float[] out = Augmenter.none().apply(in, SPEC, new SplittableRandom(1));
        assertArrayEquals(in, out);
        assertNotSame(in, out, "a copy, never the caller's array");
    }

    @Test
    void flipsMirrorAndTheMaskIsNotJittered() {
        float[] in = ramp();
        float[] out = new float[in.length];
        Augmenter.transformPlane(in, 0, out, 16, true, false, 0);
        assertEquals(15, out[0]);
        assertEquals(0 + 100 * 3, out[3 * 16 + 15]);
        Augmenter.transformPlane(in, 0, out, 16, false, true, 0);
        assertEquals(1500, out[0]);
        Augmenter jitterOnly = new Augmenter(0, false, 0.5, 0.3);
        float[] j = jitterOnly.apply(in, SPEC, new SplittableRandom(2));
        assertNotEquals(in[5], j[5]);
        for (int i = 256; i < 512; i++) {
            assertEquals(in[i], j[i]);
        }
    }

    @Test
    void rotationTurnsAboutTheCentreBilinearly() {
        float[] in = ramp();
        float[] out = new float[in.length];
        // 90°: output (x, y) reads the input at (c + (y − c), c − (x − c)), c = 7.5: corner (0, 0) ← (0, 15).
        Augmenter.transformPlane(in, 0, out, 16, false, false, Math.PI / 2);
        assertEquals(in[15 * 16 + 0], out[0], 1e-3);
        assertEquals(in[0 * 16 + 0], out[0 * 16 + 15], 1e-3);
        float[] small = new float[in.length];
        Augmenter.transformPlane(in, 0, small, 16, false, false, Math.toRadians(5));
        // The centre stays put (bilinear of its neighbourhood) and values stay within the input's range.
        assertEquals(Augmenter.bilinear(in, 0, 16, 7.5, 7.5), small[7 * 16 + 7], 60);
        for (int i = 0; i < 256; i++) {
            assertTrue(small[i] >= 0 && small[i] <= 1515, "value " + small[i]);
        }
        assertEquals(757.5f, Augmenter.bilinear(in, 0, 16, 7.5, 7.5), 1e-3);
    }

    @Test
    void sameSeedSameAugmentation() {
        float[] in = ramp();
        Augmenter a = Augmenter.defaults();
        assertArrayEquals(a.apply(in, SPEC, new SplittableRandom(9)), a.apply(in, SPEC, new SplittableRandom(9)));
        assertThrows(IllegalArgumentException.class, () -> a.apply(new float[3], SPEC, new SplittableRandom(9)));
        assertThrows(IllegalArgumentException.class, () -> new Augmenter(-1, true, 0, 0));
    }
}
