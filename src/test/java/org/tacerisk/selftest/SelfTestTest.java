package org.tacerisk.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.dicom.TransferSyntaxes;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

class SelfTestTest {

    @TempDir
    Path data;

    @Test
    void everyDecodableTransferSyntaxHasASample() throws Exception {
        Set<String> decodable = new TreeSet<>();
        for (Field f : TransferSyntaxes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String uid = (String) f.get(null);
                if (TransferSyntaxes.isDecodable(uid)) {
                    decodable.add(uid);
                }
            }
        }
        Set<String> sampled = CodecSample.ALL.stream().map(CodecSample::syntaxUid)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(decodable, sampled);
    }

    @Test
    void everySampleDecodesToItsReference() throws Exception {
        String detail = new DicomCodecsSelfCheck(data).run();
        assertTrue(detail.startsWith("10 transfer syntaxes"), detail);
        try (var left = Files.list(data)) {
            assertEquals(0, left.count(), "scratch files removed");
        }
    }

    @Test
    void aDecodedValueOffByOneHuFailsALosslessSample() throws Exception {
        CodecSample lossless = CodecSample.ALL.get(0);
        short[] reference = DicomCodecsSelfCheck.reference(lossless.reference());
        short[] decoded = reference.clone();
        ImageGeometry g = ImageGeometry.axisAligned(64, 64, 2, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        assertNull(DicomCodecsSelfCheck.compare(reference, Volume.ofShorts(g, decoded.clone(), Volume.HU), lossless));
        decoded[2000]++;
        String problem = DicomCodecsSelfCheck.compare(reference, Volume.ofShorts(g, decoded, Volume.HU), lossless);
        assertNotNull(problem);
        assertTrue(problem.contains("up to 1 HU"), problem);
    }

    @Test
    void aFailingCheckIsARowWithItsReasonAndTheOthersStillRun() {
        SelfCheck broken = new SelfCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String run() {
                throw new UnsatisfiedLinkError("no libtorch in java.library.path");
            }
        };
        List<CheckResult> results = SelfTest.run(List.of(broken, new RuntimeSelfCheck(data)), r -> { });
        assertEquals(2, results.size());
        assertFalse(results.get(0).passed());
        assertEquals("no libtorch in java.library.path", results.get(0).detail());
        assertTrue(results.get(1).passed(), results.get(1).detail());
        assertFalse(SelfTest.allPassed(results));
        assertFalse(SelfTest.allPassed(List.of()));
    }

    @Test
    void theRuntimeCheckFailsOnADataFolderThatCannotBeWritten() throws Exception {
        Path file = Files.writeString(data.resolve("a-file"), "x");
        CheckResult r = SelfTest.runOne(new RuntimeSelfCheck(file.resolve("data")));
        assertFalse(r.passed(), r.detail());
    }

    @Test
    void javaFxStartsHeadlessUnderMonocle() throws Exception {
        // the toolkit started the way TestFX starts it: started by the check itself, it would be one the later
        // window tests of this JVM cannot drive (their robot's events would not arrive)
        org.testfx.api.FxToolkit.registerPrimaryStage();
        String detail = new JavaFxSelfCheck().run();
        assertTrue(detail.contains("toolkit"), detail);
    }

    @Test
    void theInstalledDemoBundleIsVerifiedAndPredictsTheDemoCase() {
        List<SelfCheck> bundles = BundleSelfCheck.forInstalled(Path.of("models"), data);
        assertEquals(List.of("Bundle hcc-tace-demo"), bundles.stream().map(SelfCheck::name).toList());
        CheckResult r = SelfTest.runOne(bundles.get(0));
        assertTrue(r.passed(), r.detail());
        assertTrue(r.detail().contains("demo case predicted: "), r.detail());
    }

    @Test
    void aBundleWithAChangedFileFailsItsRowNamingTheCheck() throws Exception {
        Path models = data.resolve("models-copy");
        Path copy = models.resolve("hcc-tace-demo");
        try (var files = Files.walk(Path.of("models", "hcc-tace-demo"))) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(Path.of("models", "hcc-tace-demo").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path settings = copy.resolve("radiomics.yaml");
        assertTrue(Files.exists(settings), "the demo bundle lists its radiomics settings");
        Files.writeString(settings, Files.readString(settings) + "\n# edited\n");
        CheckResult r = SelfTest.runOne(BundleSelfCheck.forInstalled(models, data).get(0));
        assertTrue(!r.passed() && r.detail().startsWith("checksums"), r.detail());
    }
}
