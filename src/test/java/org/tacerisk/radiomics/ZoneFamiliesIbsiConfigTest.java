package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.ibsi.ReferenceRow;
import org.tacerisk.testsupport.SharedData;

/**
 * Every IBSI-1 reference row of GLSZM, GLDZM, NGTDM and NGLDM for the CT phantom in configurations A, B (2D and
 * 2.5D) and C (3D): the NIfTI image and GTV mask go through the shipped {@code docs/ibsi/config-*.yaml} settings
 * and {@link ImageProcessor#process}, then through the four families with the settings' texture parameters.
 */
class ZoneFamiliesIbsiConfigTest {

    private static final String REFERENCE = "reference/ibsi1/reference_values.csv";

    private static final Map<String, Map<String, FeatureValue>> COMPUTED = new HashMap<>();

    static Stream<Arguments> rows() throws IOException {
        if (!SharedData.has(REFERENCE)) {
            return Stream.of(Arguments.of("(reference values absent)", null));
        }
        List<Arguments> args = new ArrayList<>();
        for (String config : List.of("A", "B", "C")) {
            for (ReferenceRow row : ZoneReferenceRows.rows("config_" + config)) {
                args.add(Arguments.of(config, row));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "config {0}: {1}")
    @MethodSource("rows")
    void matchesReference(String config, ReferenceRow row) throws IOException {
        SharedData.require(REFERENCE);
        double actual = ZoneReferenceRows.lookup(computed(config), row);
        assertTrue(ZoneReferenceRows.passes(row, actual), () -> ZoneReferenceRows.describe(row, actual));
    }

    private static synchronized Map<String, FeatureValue> computed(String config) throws IOException {
        Map<String, FeatureValue> values = COMPUTED.get(config);
        if (values == null) {
            Path phantom = SharedData.ibsiCtPhantom();
            Volume image = Nifti.readVolume(phantom.resolve("nifti/image/phantom.nii.gz"));
            Mask mask = Nifti.readMask(phantom.resolve("nifti/mask/mask.nii.gz"));
            RadiomicsSettings settings = RadiomicsSettings.read(Path.of("docs", "ibsi", "config-" + config + ".yaml"));
            ProcessedRoi roi = ImageProcessor.process(image, mask, settings);
            values = new HashMap<>();
            for (FamilyCalculator family : ZoneFamiliesDigitalPhantomTest.FAMILIES) {
                ZoneReferenceRows.index(family.compute(roi, settings.familyContext()), values);
            }
            COMPUTED.put(config, values);
        }
        return values;
    }
}
