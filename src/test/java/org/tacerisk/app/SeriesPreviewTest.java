package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** The thumbnail: abdomen window by the formula, physical aspect, box-averaged, made from two middle files. */
class SeriesPreviewTest {

    @TempDir
    Path temp;

    @Test
    void greyLevelsFollowTheAbdomenWindow() {
        // grey = (HU - (L - W/2)) / W × 255 with W 400, L 40, clipped to 0..255
        assertEquals(0, SeriesPreview.windowed(-1000));
        assertEquals(0, SeriesPreview.windowed(-160));
        assertEquals(102, SeriesPreview.windowed(0)); // 160 / 400 × 255 = 102.0
        assertEquals(128, SeriesPreview.windowed(40)); // 127.5 rounds up
        assertEquals(255, SeriesPreview.windowed(240));
        assertEquals(255, SeriesPreview.windowed(3000));
    }

    @Test
    void theThumbnailKeepsThePhysicalAspect() {
        Volume v = Volume.ofShorts(ImageGeometry.axisAligned(100, 100, 1, new double[] {0.5, 1.0, 1},
                new double[3]), new short[100 * 100], Volume.HU);
        SeriesPreview p = SeriesPreview.of(v, 0);
        assertEquals(48, p.width()); // 50 mm wide
        assertEquals(96, p.height()); // 100 mm high
    }

    @Test
    void eachThumbnailPixelAveragesItsFootprint() {
        // 192 × 96 pixels of 1 mm → 96 × 48: each thumbnail pixel covers 2 × 2 pixels alternating -160 and 240 HU,
        // whose mean 40 HU is grey 128; sampling one pixel would give 0 or 255
        short[] hu = new short[192 * 96];
        for (int n = 0; n < hu.length; n++) {
            hu[n] = (short) (n % 2 == 0 ? -160 : 240);
        }
        Volume v = Volume.ofShorts(ImageGeometry.axisAligned(192, 96, 1, new double[] {1, 1, 1}, new double[3]), hu,
                Volume.HU);
        SeriesPreview p = SeriesPreview.of(v, 0);
        assertEquals(96, p.width());
        assertEquals(48, p.height());
        assertEquals(128, p.greyAt(0, 0));
        assertEquals(128, p.greyAt(95, 47));
    }

    @Test
    void aScannedSeriesGetsItsMiddleSliceAndPixelSpacing() throws IOException {
        ShellFixtures.series(temp.resolve("s"), 1, "PV", 9, 64);
        SeriesEntry s = DicomScanner.scan(temp.resolve("s")).allSeries().get(0);
        SeriesPreview p = SeriesPreview.of(s, Progress.NONE);
        assertNotNull(p);
        assertEquals(0.7, p.columnSpacingMm(), 1e-9);
        assertEquals(0.7, p.rowSpacingMm(), 1e-9);
        assertEquals(SeriesPreview.SIZE, p.width());
        // the phantom's centre is soft tissue (40 HU → 128), its corner air (0)
        assertEquals(128, p.greyAt(48, 30));
        assertEquals(0, p.greyAt(0, 0));
    }

    @Test
    void aSeriesOfOneFileHasNoThumbnailButIsStillListed() throws IOException {
        ShellFixtures.series(temp.resolve("s"), 1, "PV", 3, 32);
        SeriesEntry s = DicomScanner.scan(temp.resolve("s")).allSeries().get(0);
        SeriesEntry one = new SeriesEntry(s.seriesInstanceUid(), 1, "PV", "CT", s.sopClassUid(), 1, 2.5, null, null,
                List.of(), s.files().subList(0, 1));
        assertNull(SeriesPreview.of(one, Progress.NONE));
    }
}
