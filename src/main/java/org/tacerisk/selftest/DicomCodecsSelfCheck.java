package org.tacerisk.selftest;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.image.Volume;

/**
 * The DICOM decoders: each embedded {@link CodecSample} goes through the same scan and load as a user's series, and
 * its HU must equal the reference (lossless syntaxes voxel for voxel, lossy ones within their bounds). Catches a
 * runtime that lost an ImageIO plug-in (JPEG lossless, JPEG 2000) or a codec that decodes wrongly.
 */
final class DicomCodecsSelfCheck implements SelfCheck {

    private final Path dataFolder;

    DicomCodecsSelfCheck(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public String name() {
        return "DICOM codecs";
    }

    @Override
    public String run() throws IOException {
        Files.createDirectories(dataFolder);
        Path scratch = Files.createTempDirectory(dataFolder, "selftest-dicom-");
        List<String> failed = new ArrayList<>();
        try {
            for (CodecSample sample : CodecSample.ALL) {
                String problem = check(sample, scratch);
                if (problem != null) {
                    failed.add(sample.syntaxName() + ": " + problem);
                }
            }
        } finally {
            SelfTest.deleteScratch(scratch);
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException(failed.size() + " of " + CodecSample.ALL.size()
                    + " transfer syntaxes fail: " + String.join("; ", failed) + "; reinstall TACE-Risk");
        }
        return CodecSample.ALL.size() + " transfer syntaxes decode to their reference HU: " + String.join(", ",
                CodecSample.ALL.stream().map(CodecSample::syntaxName).toList());
    }

    /** Null when the sample decodes as it must, else what is wrong. */
    static String check(CodecSample sample, Path scratch) throws IOException {
        Path folder = Files.createDirectory(scratch.resolve(sample.folder()));
        for (String file : CodecSample.FILES) {
            try (InputStream in = resource(sample.folder() + "/" + file)) {
                Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        DicomIndex index = DicomScanner.scan(folder);
        if (index.allSeries().size() != 1) {
            return "the sample was not read as one series (" + index.findings() + ")";
        }
        SeriesEntry series = index.allSeries().get(0);
        if (!sample.syntaxUid().equals(series.transferSyntaxUid())) {
            return "the sample is " + series.transferSyntaxUid() + ", not " + sample.syntaxUid();
        }
        if (!series.loadable()) {
            return "not decodable: " + series.findings();
        }
        LoadedSeries loaded = SeriesLoader.load(series);
        return compare(reference(sample.reference()), loaded.volume(), sample);
    }

    /** Null when {@code decoded} is within the sample's bounds of {@code reference}, else the differences. */
    static String compare(short[] reference, Volume decoded, CodecSample sample) {
        if (decoded.voxelCount() != reference.length) {
            return decoded.voxelCount() + " voxels decoded, " + reference.length + " expected";
        }
        double maxAbs = 0;
        double sumAbs = 0;
        for (int n = 0; n < reference.length; n++) {
            double d = Math.abs(decoded.get(n) - reference[n]);
            maxAbs = Math.max(maxAbs, d);
            sumAbs += d;
        }
        double meanAbs = sumAbs / reference.length;
        if (maxAbs > sample.maxAbsHu() || meanAbs > sample.meanAbsHu()) {
            return String.format(Locale.ROOT, "decoded HU differ from the reference by up to %.0f HU (mean %.1f HU;"
                    + " allowed %d, mean %.1f)", maxAbs, meanAbs, sample.maxAbsHu(), sample.meanAbsHu());
        }
        return null;
    }

    /** A reference file: 64 × 64 × 2 big-endian int16 HU. */
    static short[] reference(String name) throws IOException {
        short[] hu = new short[CodecSample.VOXELS];
        try (DataInputStream in = new DataInputStream(resource(name))) {
            for (int n = 0; n < hu.length; n++) {
                hu[n] = in.readShort();
            }
        }
        return hu;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DicomCodecsSelfCheck.class.getResourceAsStream(CodecSample.FOLDER + name);
        if (in == null) {
            throw new IOException("the embedded sample " + name + " is missing from the installation");
        }
        return in;
    }
}
