package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.dicom.TransferSyntaxFixtures.Variant;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Decodes the committed compressed fixtures of {@code src/test/resources/dicom/transfer-syntaxes/} (made once with
 * dcmtk and GDCM by {@code generate.sh} from {@link TransferSyntaxFixtures}) and compares them with the phantom
 * they were made from: lossless syntaxes voxel for voxel, lossy ones within a tolerance, unsupported ones must be
 * refused by name.
 */
class DicomCompressedTransferSyntaxTest {

    static Path fixture(String folder) throws Exception {
        URL url = DicomCompressedTransferSyntaxTest.class.getResource("/dicom/transfer-syntaxes/" + folder);
        assertNotNull(url, "fixture folder " + folder + " (run generate.sh)");
        return Path.of(url.toURI());
    }

    static SeriesEntry onlySeries(String folder, String syntax) throws Exception {
        DicomIndex index = DicomScanner.scan(fixture(folder));
        assertEquals(1, index.allSeries().size(), index.findings().toString());
        SeriesEntry series = index.allSeries().get(0);
        assertEquals(syntax, series.transferSyntaxUid());
        return series;
    }

    static LoadedSeries load(String folder, String syntax) throws Exception {
        SeriesEntry series = onlySeries(folder, syntax);
        assertTrue(series.loadable(), series.findings().toString());
        LoadedSeries loaded = SeriesLoader.load(series);
        assertFalse(Finding.anyError(loaded.findings()), loaded.findings().toString());
        return loaded;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jpeg-lossless-sv1_signed16, 1.2.840.10008.1.2.4.70, SIGNED16",
        "jpeg-lossless-sv1_unsigned16, 1.2.840.10008.1.2.4.70, UNSIGNED16",
        "jpeg-lossless-sv1_signed12, 1.2.840.10008.1.2.4.70, SIGNED12",
        "jpeg-lossless-sv1_signed12-precision12, 1.2.840.10008.1.2.4.70, SIGNED12",
        "jpeg-lossless-p14_signed16, 1.2.840.10008.1.2.4.57, SIGNED16",
        "jpeg-lossless-p14_unsigned16, 1.2.840.10008.1.2.4.57, UNSIGNED16",
        "jpeg2000-lossless_signed16, 1.2.840.10008.1.2.4.90, SIGNED16",
        "jpeg2000-lossless_unsigned16, 1.2.840.10008.1.2.4.90, UNSIGNED16",
        "jpeg2000-lossless_signed12, 1.2.840.10008.1.2.4.90, SIGNED12",
        "multiframe_jpeg-lossless-sv1_signed16, 1.2.840.10008.1.2.4.70, SIGNED16",
        "multiframe_jpeg2000-lossless_signed16, 1.2.840.10008.1.2.4.90, SIGNED16",
    })
    void losslessSyntaxesDecodeExactly(String folder, String syntax, Variant variant) throws Exception {
        LoadedSeries loaded = load(folder, syntax);
        assertTrue(loaded.volume().isShortBacked());
        DicomTestData.assertSameVoxelsSliceBySlice(TransferSyntaxFixtures.expected(variant), loaded.volume());
    }

    @Test
    void jpegBaselineIsCloseToTheEightBitPhantom() throws Exception {
        // 8-bit stored values, HU = stored × 10 − 1000, IJG quality 90 (dcmtk's default). Measured when the fixture
        // was made: mean |error| 12.6 HU (1.3 grey levels), RMS 23.4 HU, bias +3.8 HU (ringing under the air/padding
        // level is clipped at stored 0), max 190 HU at the +1500 HU bone edge. The bounds leave room for another
        // IDCT's rounding (±1 level) while any decoding fault (byte order, sign, wrong slice) gives hundreds of HU.
        LoadedSeries loaded = load("jpeg-baseline_unsigned8", TransferSyntaxes.JPEG_BASELINE);
        Stats s = compare(TransferSyntaxFixtures.expected(Variant.UNSIGNED8), loaded.volume());
        double level = TransferSyntaxFixtures.SLOPE_8;
        assertTrue(s.meanAbs <= 2 * level, s.toString());
        assertTrue(s.rms <= 3.5 * level, s.toString());
        assertTrue(Math.abs(s.bias) <= 1 * level, s.toString());
        assertTrue(s.maxAbs <= 30 * level, s.toString());
    }

    @Test
    void jpeg2000LossyIsCloseToThePhantom() throws Exception {
        // Irreversible 9-7 wavelet, OpenJPEG via GDCM with a 70 dB PSNR target over the 16-bit range, i.e. an RMS
        // error near 65535 × 10^(−70/20) ≈ 21 HU. Measured: mean |error| 14.7 HU, RMS 21.0 HU, bias +1.1 HU, max
        // 119 HU (bone edge); GDCM's own decoder gives the same figures on these files.
        LoadedSeries loaded = load("jpeg2000-lossy_signed16", TransferSyntaxes.JPEG_2000);
        Stats s = compare(TransferSyntaxFixtures.expected(Variant.SIGNED16), loaded.volume());
        assertTrue(s.meanAbs <= 20, s.toString());
        assertTrue(s.rms <= 30, s.toString());
        assertTrue(Math.abs(s.bias) <= 5, s.toString());
        assertTrue(s.maxAbs <= 250, s.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jpeg-ls-lossless_signed16, 1.2.840.10008.1.2.4.80, JPEG-LS Lossless",
        "jpeg-extended_signed12, 1.2.840.10008.1.2.4.51, JPEG Extended",
    })
    void unsupportedSyntaxesAreRefusedByName(String folder, String syntax, String name) throws Exception {
        SeriesEntry series = onlySeries(folder, syntax);
        assertFalse(series.loadable());
        List<Finding> unsupported = series.findings().stream()
                .filter(f -> f.code().equals(DicomFindings.UNSUPPORTED_TRANSFER_SYNTAX)).toList();
        assertEquals(1, unsupported.size(), series.findings().toString());
        assertTrue(unsupported.get(0).isError());
        assertTrue(unsupported.get(0).message().contains(name), unsupported.get(0).message());
        assertTrue(unsupported.get(0).message().contains(syntax), unsupported.get(0).message());
        BadInputException e = assertThrows(BadInputException.class, () -> SeriesLoader.load(series));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertTrue(e.findings().stream().anyMatch(f -> f.code().equals(DicomFindings.UNSUPPORTED_TRANSFER_SYNTAX)));
    }

    record Stats(double meanAbs, double rms, double bias, double maxAbs) {
    }

    /** Geometry must be exact; returns the HU error statistics. */
    static Stats compare(Volume expected, Volume actual) {
        ImageGeometry e = expected.geometry();
        ImageGeometry a = actual.geometry();
        assertArrayEquals(new int[] {e.nx(), e.ny(), e.nz()}, new int[] {a.nx(), a.ny(), a.nz()});
        assertArrayEquals(e.origin(), a.origin(), 1e-6, "origin");
        assertArrayEquals(e.spacing(), a.spacing(), 1e-6, "spacing");
        assertArrayEquals(e.direction(), a.direction(), 1e-6, "direction");
        double sumAbs = 0;
        double sum = 0;
        double sumSq = 0;
        double max = 0;
        for (int n = 0; n < e.voxelCount(); n++) {
            double d = actual.get(n) - expected.get(n);
            sumAbs += Math.abs(d);
            sum += d;
            sumSq += d * d;
            max = Math.max(max, Math.abs(d));
        }
        return new Stats(sumAbs / e.voxelCount(), Math.sqrt(sumSq / e.voxelCount()), sum / e.voxelCount(), max);
    }
}
