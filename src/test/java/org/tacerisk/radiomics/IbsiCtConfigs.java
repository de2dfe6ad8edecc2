package org.tacerisk.radiomics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * The IBSI-1 CT phantom processed by the shipped settings {@code docs/ibsi/config-A.yaml} .. {@code config-C.yaml}
 * through {@link ImageProcessor}, once per configuration and JVM (the family test classes share it).
 */
final class IbsiCtConfigs {

    /** Configurations with reference values for this branch's families and settings shipped in docs/ibsi. */
    static final List<String> CONFIGS = List.of("A", "B", "C");

    private static final Map<String, Processed> CACHE = new ConcurrentHashMap<>();

    record Processed(ProcessedRoi roi, FamilyContext context) {
    }

    private IbsiCtConfigs() {
    }

    static Processed processed(String config) {
        Path phantom = SharedData.ibsiCtPhantom();
        return CACHE.computeIfAbsent(config, c -> {
            try {
                Volume image = Nifti.readVolume(phantom.resolve("nifti/image/phantom.nii.gz"));
                Mask mask = Nifti.readMask(phantom.resolve("nifti/mask/mask.nii.gz"));
                RadiomicsSettings settings = RadiomicsSettings.read(Path.of("docs/ibsi/config-" + c + ".yaml"));
                return new Processed(ImageProcessor.process(image, mask, settings), settings.familyContext());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One container of reference-row tests per configuration for {@code family}. */
    static Stream<DynamicContainer> tests(FamilyCalculator family) throws IOException {
        List<DynamicContainer> out = new ArrayList<>();
        for (String config : CONFIGS) {
            Processed p = processed(config);
            out.add(DynamicContainer.dynamicContainer("config_" + config,
                    IbsiFamilyCheck.tests(family, "config_" + config, p.roi(), p.context())));
        }
        return out.stream();
    }
}
