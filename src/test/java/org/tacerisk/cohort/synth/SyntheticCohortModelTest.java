package org.tacerisk.cohort.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.LogisticRegression;

/** The clinical/outcome half of the generator, without images: split, determinism, prevalence, effect signs. */
class SyntheticCohortModelTest {

    @Test
    void studySizeGivesTheStudysSplit() {
        assertEquals(new CohortSplit(266, 114, 95), CohortSplit.of(475));
    }

    @Test
    void otherSizesKeepTheSharesAndEveryCohort() {
        assertEquals(new CohortSplit(34, 14, 12), CohortSplit.of(60));
        for (int n = 3; n <= 40; n++) {
            CohortSplit s = CohortSplit.of(n);
            assertEquals(n, s.total());
            assertTrue(s.train() >= 1 && s.test() >= 1 && s.external() >= 1, n + ": " + s);
        }
        assertThrows(IllegalArgumentException.class, () -> CohortSplit.of(2));
    }

    @Test
    void cohortsFollowTheStudysOrder() {
        CohortSplit s = CohortSplit.of(475);
        assertEquals("train", s.cohortOf(265));
        assertEquals("test", s.cohortOf(266));
        assertEquals("test", s.cohortOf(379));
        assertEquals("external", s.cohortOf(380));
        assertEquals("external", s.cohortOf(474));
    }

    @Test
    void sameSeedSameCohortOtherSeedAnother() {
        List<SyntheticPatient> a = SyntheticCohortWriter.draw(42, 60);
        List<SyntheticPatient> b = SyntheticCohortWriter.draw(42, 60);
        List<SyntheticPatient> c = SyntheticCohortWriter.draw(43, 60);
        assertEquals(rows(a), rows(b));
        assertEquals(a, b);
        assertNotEquals(rows(a), rows(c));
        // A patient does not depend on how many others are drawn (per-patient streams).
        assertEquals(a.get(10).tumourSizeCm(), OutcomeModel.draw(42, 10, "train").tumourSizeCm());
    }

    @Test
    void prevalenceOfTwoThousandDrawsIsAboutAQuarter() {
        double events = SyntheticCohortWriter.draw(2024, 2000).stream().mapToInt(SyntheticPatient::outcome).sum();
        double prevalence = events / 2000;
        assertTrue(prevalence > 0.20 && prevalence < 0.30, "prevalence " + prevalence);
    }

    @Test
    void clinicalDistributionsLookLikeTheReferenceCohort() {
        List<SyntheticPatient> ps = SyntheticCohortWriter.draw(7, 2000);
        double[] sizes = ps.stream().mapToDouble(SyntheticPatient::tumourSizeCm).sorted().toArray();
        assertEquals(6.0, sizes[1000], 0.5);
        assertTrue(sizes[0] >= 1 && sizes[1999] <= 20);
        assertTrue(ps.stream().allMatch(p -> p.nodules() >= 1 && p.nodules() <= 6));
        assertTrue(ps.stream().allMatch(p -> p.afpNgMl() >= 1 && p.afpNgMl() <= 100000));
        double men = ps.stream().filter(p -> p.sex().equals("M")).count() / 2000.0;
        assertEquals(0.8, men, 0.03);
        double meanAge = ps.stream().mapToInt(SyntheticPatient::age).average().orElseThrow();
        assertEquals(60, meanAge, 1.5);
    }

    @Test
    void outcomeRisesWithImageScoreSizeNodulesAndAfp() {
        List<SyntheticPatient> ps = SyntheticCohortWriter.draw(99, 200);
        double[][] x = new double[ps.size()][];
        double[] y = new double[ps.size()];
        for (int n = 0; n < ps.size(); n++) {
            SyntheticPatient p = ps.get(n);
            x[n] = new double[] {1, p.imageScore(), p.tumourSizeCm(), p.nodules(), Math.log10(p.afpNgMl())};
            y[n] = p.outcome();
        }
        LogisticFit fit = LogisticRegression.fit(x, y);
        for (int j = 1; j <= 4; j++) {
            assertTrue(fit.estimate(j) > 0, "coefficient " + j + " = " + fit.estimate(j));
        }
        assertTrue(fit.p(1) < 0.05, "image score p " + fit.p(1));
    }

    @Test
    void ageAndSexCarryNoSignal() {
        List<SyntheticPatient> ps = SyntheticCohortWriter.draw(5, 2000);
        double[][] x = new double[ps.size()][];
        double[] y = new double[ps.size()];
        for (int n = 0; n < ps.size(); n++) {
            SyntheticPatient p = ps.get(n);
            x[n] = new double[] {1, p.imageScore(), p.age(), p.sex().equals("M") ? 1 : 0};
            y[n] = p.outcome();
        }
        LogisticFit fit = LogisticRegression.fit(x, y);
        assertTrue(Math.abs(fit.z(2)) < 3, "age z " + fit.z(2));
        assertTrue(Math.abs(fit.z(3)) < 3, "sex z " + fit.z(3));
    }

    @Test
    void imageTraitsAreMonotoneInTheLatentScores() {
        SyntheticPatient low = withTraits(OutcomeModel.draw(1, 0, "train"), -2, -2);
        SyntheticPatient high = withTraits(low, 2, 2);
        assertTrue(high.heterogeneityHu() > 3 * low.heterogeneityHu());
        assertTrue(high.irregularity() > 2.5 * low.irregularity());
        assertTrue(high.necrosisFraction() > low.necrosisFraction());
    }

    @Test
    void manifestRowsLeakNoLatentValue() {
        SyntheticPatient p = OutcomeModel.draw(3, 0, "train");
        String header = SyntheticCohortWriter.MANIFEST_HEADER;
        for (String latent : List.of("score", "heterogeneity", "irregularity", "lp", "probability")) {
            assertFalse(header.contains(latent), latent);
        }
        assertEquals(header.split(",").length, SyntheticCohortWriter.manifestRow(p).split(",").length);
    }

    /** The same patient with other latent image traits (same image stream, so only those traits differ). */
    static SyntheticPatient withTraits(SyntheticPatient p, double heterogeneityZ, double irregularityZ) {
        return new SyntheticPatient(p.index(), p.cohort(), p.tumourSizeCm(), p.nodules(), p.afpNgMl(), p.age(),
                p.sex(), heterogeneityZ, irregularityZ, (heterogeneityZ + irregularityZ) / Math.sqrt(2), p.trueLp(),
                p.probability(), p.outcome(), p.imageSeed());
    }

    private static List<String> rows(List<SyntheticPatient> ps) {
        return ps.stream().map(SyntheticCohortWriter::manifestRow).toList();
    }
}
