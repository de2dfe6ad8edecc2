package org.tacerisk.radiomics.ibsi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.FeatureValue;
import org.tacerisk.radiomics.RadiomicsExtractor;
import org.tacerisk.radiomics.RadiomicsSettings;

/**
 * Runs the IBSI-1 reference data sets through the public extractor with the settings files shipped in
 * {@code docs/ibsi/}, exactly as a user would, and compares every value with IBSI's reference table.
 */
public final class IbsiCompliance {

    /** Where the inputs are: the shared folder (IBSI data and reference table) and the settings folder. */
    public record Sources(Path shared, Path settingsDir) {

        Path referenceTable() {
            return shared.resolve("reference/ibsi1/reference_values.csv");
        }

        Path digitalPhantom(String what) {
            return shared.resolve("data/ibsi/ibsi_1_digital_phantom/nifti/" + what);
        }

        Path ctPhantom(String what) {
            return shared.resolve("data/ibsi/ibsi_1_ct_radiomics_phantom/nifti/" + what);
        }
    }

    /** IBSI data set name → settings file name in {@code docs/ibsi/}. */
    public static final Map<String, String> SETTINGS_FILES = Map.of(
            "dig_phantom", "digital-phantom.yaml",
            "config_A", "config-A.yaml",
            "config_B", "config-B.yaml",
            "config_C", "config-C.yaml");

    private IbsiCompliance() {
    }

    /** Extracts every reference data set and compares. */
    public static List<ComplianceReport.Outcome> run(Sources sources) throws IOException {
        List<ReferenceRow> rows = IbsiReference.read(sources.referenceTable());
        Map<String, List<FeatureValue>> computed = new LinkedHashMap<>();
        for (String dataSet : List.of("dig_phantom", "config_A", "config_B", "config_C")) {
            computed.put(dataSet, extract(sources, dataSet));
        }
        return ComplianceReport.compare(rows, computed);
    }

    /** The features of one IBSI data set, computed through the public API with the shipped settings. */
    public static List<FeatureValue> extract(Sources sources, String dataSet) throws IOException {
        boolean phantom = dataSet.equals("dig_phantom");
        Volume image = Nifti.readVolume(phantom ? sources.digitalPhantom("image/phantom.nii.gz")
                : sources.ctPhantom("image/phantom.nii.gz"));
        Mask mask = Nifti.readMask(phantom ? sources.digitalPhantom("mask/mask.nii.gz")
                : sources.ctPhantom("mask/mask.nii.gz"));
        RadiomicsSettings settings = RadiomicsSettings.read(sources.settingsDir().resolve(SETTINGS_FILES.get(dataSet)));
        return RadiomicsExtractor.extract(image, mask, settings).features();
    }
}
