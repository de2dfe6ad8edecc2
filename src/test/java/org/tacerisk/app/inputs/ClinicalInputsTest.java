package org.tacerisk.app.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.model.EntryUnit;
import org.tacerisk.app.Messages;
import org.tacerisk.app.inputs.FieldCheck.Status;
import org.tacerisk.app.inputs.InputField.Kind;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Level;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.model.TestBundles;

/** The clinical inputs form's logic without a window: fields from specifications, strict checks, units. */
class ClinicalInputsTest {

    /** A hand-written bundle's predictors: no AFP and no nodules, a categorical, a U/L marker, a measured size. */
    static List<PredictorSpecification> otherBundle() {
        return List.of(
                new PredictorSpecification("albumin", "Albumin", "g/L", Type.CONTINUOUS, Transform.NONE, 5.0, 80.0,
                        25.0, 50.0, Source.ENTERED, "Serum albumin before TACE.", null),
                new PredictorSpecification("lesions", "Lesions", "", Type.INTEGER, Transform.NONE, 1.0, 30.0, 1.0,
                        5.0, Source.ENTERED, "Count of lesions.", null),
                new PredictorSpecification("child_pugh", "Child-Pugh class", "", Type.CATEGORICAL, Transform.NONE,
                        null, null, null, null, Source.ENTERED, "Child-Pugh class at baseline.",
                        List.of(new Level(0.0, "A"), new Level(1.0, "B"), new Level(2.0, "C"))),
                new PredictorSpecification("psa_like", "Marker", "ng/mL", Type.CONTINUOUS, Transform.LOG10, 0.1,
                        1e6, 1.0, 1e4, Source.ENTERED, "A serum marker in ng/mL.", null),
                new PredictorSpecification("tumor_size_cm", "Tumour size", "cm", Type.CONTINUOUS, Transform.NONE,
                        0.1, 40.0, 1.3, 20.0, Source.MEASURED_FROM_ROI, "Maximum 3D diameter.", null));
    }

    private static InputField field(List<PredictorSpecification> specs, String id) {
        return new ClinicalInputs(specs).fields().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aBundleWithACategoricalPredictorProducesItsOwnFields() {
        ClinicalInputs form = new ClinicalInputs(otherBundle());
        assertEquals(List.of("albumin", "lesions", "child_pugh", "psa_like", "tumor_size_cm"),
                form.fields().stream().map(InputField::id).toList());
        assertEquals(List.of(Kind.NUMBER, Kind.WHOLE_NUMBER, Kind.CHOICE, Kind.NUMBER, Kind.READ_ONLY),
                form.fields().stream().map(InputField::kind).toList());
        assertEquals(List.of("A", "B", "C"), form.fields().get(2).levels().stream().map(Level::label).toList());
        // g/L has no conversion; any ng/mL predictor (not only one called AFP) may be typed in IU/mL
        assertEquals(List.of("g/L"), form.fields().get(0).units().stream().map(EntryUnit::name).toList());
        assertEquals(List.of("ng/mL", "IU/mL"), form.fields().get(3).units().stream().map(EntryUnit::name).toList());
        assertEquals("inputs.source.MEASURED_FROM_ROI", form.fields().get(4).sourceKey());
        assertEquals("25–50 g/L", form.fields().get(0).trainingRangeText());
        assertNull(form.fields().get(2).trainingRangeText());
    }

    @Test
    void typedTextIsReadStrictly() {
        InputField albumin = field(otherBundle(), "albumin");
        EntryUnit gl = albumin.units().get(0);
        FieldCheck comma = albumin.check("35,2", gl);
        assertEquals(Status.ERROR, comma.status());
        assertEquals("inputs.error.comma", comma.problem().key(), "5,2 is refused, never read as 52 or 5");
        assertNull(comma.value());
        for (String wrong : new String[] {"2f", "35d", "0x1p3", "Infinity", "NaN", "high", "1e999", "3 5"}) {
            assertEquals(Status.ERROR, albumin.check(wrong, gl).status(), wrong);
            assertEquals("inputs.error.notNumber", albumin.check(wrong, gl).problem().key(), wrong);
        }
        assertEquals(35.2, albumin.check(" 35.2 ", gl).value());
        assertEquals(40.0, albumin.check("4e1", gl).value());
        assertEquals(Status.EMPTY, albumin.check("  ", gl).status(), "blank is still to fill, not an error");
        assertEquals("\"35,2\" is not a number: write decimals with a point (5.2, not 5,2)",
                Messages.of(Locale.ENGLISH).get(comma.problem().key(), comma.problem().args().toArray()));
    }

    @Test
    void outsideTheAllowedRangeIsAnErrorOutsideTheTrainingRangeAWarning() {
        InputField albumin = field(otherBundle(), "albumin");
        EntryUnit gl = albumin.units().get(0);
        FieldCheck high = albumin.check("80.5", gl);
        assertEquals(Status.ERROR, high.status());
        assertEquals(List.of("80.5 g/L", "5–80 g/L"), high.problem().args());
        assertFalse(high.usable());
        FieldCheck edge = albumin.check("80", gl);
        assertEquals(Status.WARNING, edge.status(), "the allowed limit itself is allowed");
        assertEquals(80.0, edge.value(), "a warning's value is still used");
        assertEquals(List.of("80 g/L", "25–50 g/L"), edge.problem().args());
        assertEquals("80 g/L is outside the training range 25–50 g/L: the model extrapolates here, interpret the"
                + " risk with caution", Messages.of(Locale.ENGLISH).get(edge.problem().key(),
                        edge.problem().args().toArray()));
        assertEquals(Status.OK, albumin.check("50", gl).status(), "the training limit is inside");
        assertEquals(Status.WARNING, albumin.check("24.9", gl).status());
        assertEquals(Status.ERROR, albumin.check("4.99", gl).status());
    }

    @Test
    void wholeNumbersForAnIntegerPredictor() {
        InputField lesions = field(otherBundle(), "lesions");
        EntryUnit none = lesions.units().get(0);
        assertEquals(1, lesions.units().size());
        assertEquals("inputs.error.notWhole", lesions.check("2.5", none).problem().key());
        assertEquals(2.0, lesions.check("2", none).value());
        assertEquals(Status.OK, lesions.check("2.0", none).status(), "2.0 is the whole number 2");
        assertEquals(Status.WARNING, lesions.check("6", none).status());
        assertEquals(List.of("6", "1–5"), lesions.check("6", none).problem().args(), "no unit, no trailing blank");
        assertEquals(Status.ERROR, lesions.check("0", none).status());
    }

    @Test
    void iuPerMlConvertsExactlyToNgPerMl() {
        InputField marker = field(otherBundle(), "psa_like");
        EntryUnit iu = marker.units().get(1);
        FieldCheck hundred = marker.check("100", iu);
        assertEquals(121.0, hundred.value());
        assertEquals(Status.OK, hundred.status());
        assertEquals("100 IU/mL = 121 ng/mL", Messages.of(Locale.ENGLISH).get(hundred.conversion().key(),
                hundred.conversion().args().toArray()));
        // decimal arithmetic: 7 × 1.21 is 8.47 (the binary product 7 * 1.21 is 8.469999999999999)
        assertEquals(8.47, marker.check("7", iu).value());
        assertFalse(7 * 1.21 == 8.47, "the binary product would be off in the last digit");
        assertEquals(14.883, marker.check("12.3", iu).value());
        assertEquals(0.121, marker.check("0.1", iu).value());
        assertEquals(3.63, marker.check("3", iu).value());
        assertEquals(1210.0, marker.check("1e3", iu).value());
        // the ranges are in ng/mL: 9000 IU/mL = 10890 ng/mL is beyond the training maximum of 10000 ng/mL
        FieldCheck beyond = marker.check("9000", iu);
        assertEquals(Status.WARNING, beyond.status());
        assertEquals(List.of("10890 ng/mL", "1–10000 ng/mL"), beyond.problem().args());
        assertEquals(List.of("9000", "IU/mL", "10890", "ng/mL"), beyond.conversion().args());
        assertEquals(Status.OK, marker.check("9000", marker.units().get(0)).status(), "9000 ng/mL is inside");
        assertNull(marker.check("100", marker.units().get(0)).conversion(), "no conversion shown in ng/mL");
    }

    @Test
    void enteredValuesAreWhatTheModelTakes() {
        ClinicalInputs form = new ClinicalInputs(otherBundle());
        ClinicalInputs.Entered none = form.entered();
        assertFalse(none.complete());
        assertEquals(List.of("albumin", "lesions", "child_pugh", "psa_like"), none.missing(),
                "only entered predictors; the measured size is not asked for");
        form.update("albumin", field(otherBundle(), "albumin").check("60", new EntryUnit("g/L", BigDecimal.ONE)));
        form.update("lesions", new InputField(otherBundle().get(1)).check("x", new EntryUnit("", BigDecimal.ONE)));
        form.update("child_pugh", new InputField(otherBundle().get(2)).check(new Level(1.0, "B")));
        InputField marker = new InputField(otherBundle().get(3));
        form.update("psa_like", marker.check("100", marker.units().get(1)));
        ClinicalInputs.Entered some = form.entered();
        assertFalse(some.complete());
        assertEquals(List.of("lesions"), some.wrong());
        assertEquals(Map.of("albumin", 60.0, "child_pugh", 1.0, "psa_like", 121.0), some.values(),
                "a warning's value (albumin 60) is used; the IU/mL value goes in ng/mL");
        form.update("lesions", new InputField(otherBundle().get(1)).check("3", new EntryUnit("", BigDecimal.ONE)));
        assertTrue(form.entered().complete());
        assertEquals(List.of("albumin", "lesions", "child_pugh", "psa_like"),
                List.copyOf(form.entered().values().keySet()), "form order");
    }

    @Test
    void theTestBundlesFormFeedsTheModel() {
        BundlePredictor predictor = BundlePredictor.of(TestBundles.manifest());
        ClinicalInputs form = new ClinicalInputs(predictor.predictors());
        assertEquals(List.of(Kind.READ_ONLY, Kind.READ_ONLY, Kind.WHOLE_NUMBER, Kind.NUMBER),
                form.fields().stream().map(InputField::kind).toList());
        InputField afp = form.fields().get(3);
        form.update("nodules", form.fields().get(2).check("2", form.fields().get(2).units().get(0)));
        form.update("afp", afp.check("100", afp.units().get(1)));
        Map<String, Double> values = new HashMap<>(form.entered().values());
        values.put("dlr_score", 0.5);
        values.put("tumor_size_cm", 5.0);
        BundlePrediction p = predictor.predict(values);
        // log10(121) enters the model: the same as typing 121 ng/mL
        double lp = TestBundles.COEF[0] + TestBundles.COEF[1] * 0.5 + TestBundles.COEF[2] * 5
                + TestBundles.COEF[3] * 2 + TestBundles.COEF[4] * Math.log10(121);
        assertEquals(lp, p.linearPredictor(), 1e-12);
    }
}
