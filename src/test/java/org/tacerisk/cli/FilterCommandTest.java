package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;

/** {@code tacerisk filter}: a response map on the input grid; bad specs exit 3 naming the file and the key. */
class FilterCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    private Path image;
    private ImageGeometry grid;

    @BeforeEach
    void writeImpulse() throws IOException {
        grid = new ImageGeometry(9, 8, 7, new double[] {2, 2, 3}, new double[] {-10, 5, 40},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        short[] voxels = new short[grid.voxelCount()];
        voxels[grid.index(4, 4, 3)] = 270;
        image = dir.resolve("impulse.nii.gz");
        Nifti.write(Volume.ofShorts(grid, voxels, Volume.HU), image);
    }

    @Test
    void meanFilterResponseIsFloatOnTheInputGrid() throws IOException {
        Path spec = write("mean.yaml", "filter: mean\ndimensions: 3D\npadding: zero\nparameters: {support: 3}\n");
        Path out = dir.resolve("response.nii.gz");
        assertEquals(ExitCodes.OK, run("filter", "--image", image.toString(), "--spec", spec.toString(), "--out",
                out.toString()), err.toString());
        Volume response = Nifti.readVolume(out);
        assertTrue(response.geometry().sameGrid(grid, 1e-4));
        assertEquals(16, datatype(out), "response maps are float32 (NIfTI datatype 16)");
        assertEquals(10f, response.get(3, 3, 2), 1e-5f);
        assertEquals(10f, response.get(5, 5, 4), 1e-5f);
        assertEquals(0f, response.get(6, 4, 3), 1e-6f);
        assertTrue(err.toString().contains("mean-3-3D"), err.toString());
    }

    @Test
    void unknownSpecKeyExitsThreeNamingFileAndKey() throws IOException {
        Path spec = write("bad.yaml", "filter: mean\ndimensions: 3D\npadding: zero\nparameters: {support: 3}\n"
                + "sigma: 2\n");
        int code = run("filter", "--image", image.toString(), "--spec", spec.toString(), "--out",
                dir.resolve("x.nii.gz").toString());
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("bad.yaml") && err.toString().contains("\"sigma\""), err.toString());
        assertFalse(Files.exists(dir.resolve("x.nii.gz")));
    }

    @Test
    void unusedParameterAndUnknownFilterExitThree() throws IOException {
        Path unused = write("unused.yaml", "filter: log\ndimensions: 3D\npadding: mirror\n"
                + "parameters: {sigma_mm: 3, sigma: 3}\n");
        assertEquals(ExitCodes.BAD_INPUT, run("filter", "--image", image.toString(), "--spec", unused.toString(),
                "--out", dir.resolve("x.nii.gz").toString()));
        assertTrue(err.toString().contains("[sigma]"), err.toString());

        Path unknown = write("unknown.yaml", "filter: median\ndimensions: 3D\npadding: zero\n");
        assertEquals(ExitCodes.BAD_INPUT, run("filter", "--image", image.toString(), "--spec", unknown.toString(),
                "--out", dir.resolve("x.nii.gz").toString()));
        assertTrue(err.toString().contains("median") && err.toString().contains("laws, log, mean"), err.toString());
    }

    /**
     * Issue 11: σ 1.5 mm in 3D across the 3 mm slices of the test image exits 3 naming the image, the filter, the
     * axis and the remedy, and writes nothing; in 2D it runs.
     */
    @Test
    void logSigmaBelowTheSliceSpacingExitsThree() throws IOException {
        Path log3d = write("log3d.yaml", "filter: log\ndimensions: 3D\npadding: mirror\nparameters: {sigma_mm: 2}\n");
        Path out = dir.resolve("x.nii.gz");
        assertEquals(ExitCodes.BAD_INPUT, run("filter", "--image", image.toString(), "--spec", log3d.toString(),
                "--out", out.toString()));
        for (String part : new String[] {"impulse.nii.gz", "log-sigma-2-0-mm-3D", "σ = 2 mm is below one voxel along z"
                + " (k) (spacing 3 mm)", "at most 2 mm along z (k), or filter in 2D", "log3d.yaml"}) {
            assertTrue(err.toString().contains(part), part + " missing in " + err);
        }
        assertFalse(Files.exists(out));
        Path log2d = write("log2d.yaml", "filter: log\ndimensions: 2D\npadding: mirror\nparameters: {sigma_mm: 2}\n");
        assertEquals(ExitCodes.OK, run("filter", "--image", image.toString(), "--spec", log2d.toString(), "--out",
                out.toString()), err.toString());
    }

    /** The NIfTI-1 header's datatype field (bytes 70-71, little endian as we write). */
    private static int datatype(Path nii) throws IOException {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(nii))) {
            byte[] header = in.readNBytes(72);
            return (header[70] & 0xff) | (header[71] & 0xff) << 8;
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
