package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/** The IBSI-1 CT radiomics phantom (../shared): one CT series of 60 slices and its RTSTRUCT. */
class DicomIbsiPhantomTest {

    private static Path phantom() {
        return SharedData.ibsiCtPhantom().resolve("dicom");
    }

    @Test
    void scanFindsOneCtSeriesAndTheRtstructReferencingIt() throws Exception {
        DicomIndex index = DicomScanner.scan(phantom());
        List<SeriesEntry> series = index.allSeries();
        assertEquals(1, series.size(), index.findings().toString());
        SeriesEntry ct = series.get(0);
        assertEquals("CT", ct.modality());
        assertEquals(60, ct.instanceCount());
        assertTrue(ct.loadable(), ct.findings().toString());
        assertEquals(1, index.nonImageObjects().size());
        NonImageObject rs = index.nonImageObjects().get(0);
        assertEquals("RTSTRUCT", rs.modality());
        assertTrue(rs.referencedSeriesUids().contains(ct.seriesInstanceUid()), rs.referencedSeriesUids().toString());
        assertEquals(ct.frameOfReferenceUid(), rs.referencedFrameOfReferenceUid());
        assertEquals(List.of(rs), index.objectsReferencing(ct));
    }

    @Test
    void loadGivesTheDocumentedGridAndHuRange() throws Exception {
        SeriesEntry ct = DicomScanner.scan(phantom()).allSeries().get(0);
        SeriesLoader.load(ct); // warm-up
        long start = System.nanoTime();
        LoadedSeries loaded = SeriesLoader.load(ct);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Volume v = loaded.volume();
        ImageGeometry g = v.geometry();
        System.out.println("IBSI CT: " + g + " warm load " + ms + " ms, findings " + loaded.findings());
        assertEquals(204, g.nx());
        assertEquals(201, g.ny());
        assertEquals(60, g.nz());
        assertEquals(0.977, g.spacing(0), 5e-4);
        assertEquals(0.977, g.spacing(1), 5e-4);
        assertEquals(3.0, g.spacing(2), 1e-6);
        assertTrue(v.isShortBacked());
        assertEquals(Volume.HU, v.unit());
        float[] range = v.range();
        assertEquals(-1000f, range[0]);
        assertEquals(3065f, range[1]);
        double[] first = g.indexToPhysical(0, 0, 0);
        double[] last = g.indexToPhysical(0, 0, 59);
        double[] k = g.axis(2);
        double along = (last[0] - first[0]) * k[0] + (last[1] - first[1]) * k[1] + (last[2] - first[2]) * k[2];
        assertEquals(59 * 3.0, along, 1e-6, "positions increase with k");
        assertEquals(60, loaded.reference().sliceSopInstanceUids().size());
        assertEquals(60, loaded.reference().sliceSopInstanceUids().stream().distinct().count());
        System.out.println("origin " + Arrays.toString(g.origin()) + " direction " + Arrays.toString(g.direction())
                + " spacing " + Arrays.toString(g.spacing()));
    }
}
