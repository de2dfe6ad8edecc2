package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.radiomics.morphology.ConvexHull;
import org.tacerisk.radiomics.morphology.EllipsoidSurface;
import org.tacerisk.radiomics.morphology.MarchingCubes;
import org.tacerisk.radiomics.morphology.Mvee;
import org.tacerisk.radiomics.morphology.OrientedBoundingBox;
import org.tacerisk.radiomics.morphology.PrincipalAxes;
import org.tacerisk.radiomics.morphology.SpatialAutocorrelation;
import org.tacerisk.radiomics.morphology.SurfaceMesh;

/**
 * IBSI-1 morphological features (family HCUG), all 29. The mesh comes from marching cubes on the morphological
 * mask (WRJH); PCA uses the morphological voxel centres (4KW8); centre of mass shift, integrated intensity,
 * Moran's I and Geary's C use the intensity mask and intensities. Lengths are in mm, along the processed grid's
 * axes. Stateless.
 */
public final class MorphologyFamily implements FamilyCalculator {

    /** Name (exactly as IBSI's feature table), IBSI code, PyRadiomics name or "". */
    private record Spec(String name, String code, String pyradiomics) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("Volume (mesh)", "RNU0", "original_shape_MeshVolume"),
            new Spec("Volume (voxel counting)", "YEKZ", "original_shape_VoxelVolume"),
            new Spec("Surface area (mesh)", "C0JK", "original_shape_SurfaceArea"),
            new Spec("Surface to volume ratio", "2PR5", "original_shape_SurfaceVolumeRatio"),
            new Spec("Compactness 1", "SKGS", ""),
            new Spec("Compactness 2", "BQWJ", ""),
            new Spec("Spherical disproportion", "KRCK", ""),
            new Spec("Sphericity", "QCFX", "original_shape_Sphericity"),
            new Spec("Asphericity", "25C7", ""),
            new Spec("Centre of mass shift", "KLMA", ""),
            new Spec("Maximum 3D diameter", "L0JK", "original_shape_Maximum3DDiameter"),
            new Spec("Major axis length", "TDIC", "original_shape_MajorAxisLength"),
            new Spec("Minor axis length", "P9VJ", "original_shape_MinorAxisLength"),
            new Spec("Least axis length", "7J51", "original_shape_LeastAxisLength"),
            new Spec("Elongation", "Q3CK", "original_shape_Elongation"),
            new Spec("Flatness", "N17B", "original_shape_Flatness"),
            new Spec("Volume density (axis-aligned bounding box)", "PBX1", ""),
            new Spec("Area density (axis-aligned bounding box)", "R59B", ""),
            new Spec("Volume density (oriented minimum bounding box)", "ZH1A", ""),
            new Spec("Area density (oriented minimum bounding box)", "IQYR", ""),
            new Spec("Volume density (approximate enclosing ellipsoid)", "6BDE", ""),
            new Spec("Area density (approximate enclosing ellipsoid)", "RDD2", ""),
            new Spec("Volume density (minimum volume enclosing ellipsoid)", "SWZ1", ""),
            new Spec("Area density (minimum volume enclosing ellipsoid)", "BRI8", ""),
            new Spec("Volume density (convex hull)", "R3ER", ""),
            new Spec("Area density (convex hull)", "7T7F", ""),
            new Spec("Integrated intensity", "99N0", ""),
            new Spec("Moran\u2019s I index", "N365", ""),
            new Spec("Geary\u2019s C measure", "NPT7", ""));

    /** Why the IBSI-only features are left out in PyRadiomics' conventions. */
    static final String NOT_PYRADIOMICS = "not computed in PyRadiomics' conventions (PyRadiomics has no such feature)";

    private final boolean pyRadiomicsOnly;

    public MorphologyFamily() {
        this(false);
    }

    private MorphologyFamily(boolean pyRadiomicsOnly) {
        this.pyRadiomicsOnly = pyRadiomicsOnly;
    }

    /**
     * For {@code conventions: pyradiomics}, whose output keeps only PyRadiomics' features: skips the costly ones it
     * lacks (oriented bounding box, enclosing ellipsoid, Moran's I and Geary's C), undefined with
     * {@link #NOT_PYRADIOMICS}.
     */
    static MorphologyFamily pyRadiomicsSubset() {
        return new MorphologyFamily(true);
    }

    @Override
    public Family family() {
        return Family.MORPHOLOGY;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        ImageGeometry g = roi.grid();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        double[] spacing = g.spacing();
        byte[] morph = roi.morphologicalMask();
        int voxels = roi.morphologicalVoxelCount();
        if (voxels == 0) {
            return allUndefined("morphological mask is empty");
        }
        Progress progress = context.progress();
        SurfaceMesh mesh = MarchingCubes.mesh(morph, nx, ny, nz, spacing, progress);
        double volume = mesh.volume();
        double area = mesh.area();
        values.put("RNU0", volume);
        values.put("YEKZ", voxels * g.voxelVolumeMm3());
        values.put("C0JK", area);
        values.put("2PR5", area / volume);
        values.put("SKGS", volume / (Math.sqrt(Math.PI) * Math.pow(area, 1.5)));
        double compactness2 = 36 * Math.PI * volume * volume / (area * area * area);
        values.put("BQWJ", compactness2);
        values.put("KRCK", Math.cbrt(1 / compactness2));
        values.put("QCFX", Math.cbrt(compactness2));
        values.put("25C7", Math.cbrt(1 / compactness2) - 1);

        // convex hull of the mesh vertices: exact on their half-voxel lattice
        ConvexHull hull = ConvexHull.of(mesh.halfCoordinates(), progress);
        SurfaceMesh hullMesh = new SurfaceMesh(mesh.halfCoordinates(), hull.faces(), mesh.offset(), spacing);
        values.put("L0JK", maximumDiameter(mesh, hull.vertices()));
        values.put("R3ER", volume / hullMesh.volume());
        values.put("7T7F", area / hullMesh.area());

        double[] box = mesh.boundingBoxSize();
        values.put("PBX1", volume / (box[0] * box[1] * box[2]));
        values.put("R59B", area / (2 * (box[0] * box[1] + box[1] * box[2] + box[0] * box[2])));
        principalAxes(PrincipalAxes.of(morph, nx, ny, nz, spacing), volume, area, values, reasons);
        if (pyRadiomicsOnly) {
            for (String code : new String[] {"ZH1A", "IQYR", "SWZ1", "BRI8", "N365", "NPT7"}) {
                reasons.put(code, NOT_PYRADIOMICS);
            }
        } else {
            OrientedBoundingBox ombb = OrientedBoundingBox.of(mesh, hull, progress);
            values.put("ZH1A", volume / ombb.volume());
            values.put("IQYR", area / ombb.area());
            Mvee mvee = Mvee.of(positions(mesh, hull.vertices()), Mvee.TOLERANCE, progress);
            values.put("SWZ1", volume / mvee.volume());
            values.put("BRI8", area / mvee.area());
        }
        intensityFeatures(roi, volume, values, reasons, !pyRadiomicsOnly, progress);
        return toFeatures(values, reasons);
    }

    /** Axis lengths (TDIC, P9VJ, 7J51), elongation, flatness and the approximate enclosing ellipsoid (AEE). */
    private static void principalAxes(PrincipalAxes pca, double volume, double area, Map<String, Double> values,
            Map<String, String> reasons) {
        values.put("TDIC", 4 * Math.sqrt(pca.major()));
        values.put("P9VJ", 4 * Math.sqrt(pca.minor()));
        values.put("7J51", 4 * Math.sqrt(pca.least()));
        if (pca.major() > 0) {
            values.put("Q3CK", Math.sqrt(pca.minor() / pca.major()));
            values.put("N17B", Math.sqrt(pca.least() / pca.major()));
        } else {
            reasons.put("Q3CK", "ROI has a single voxel: no principal axes");
            reasons.put("N17B", "ROI has a single voxel: no principal axes");
        }
        // semi-axes of the AEE are 2√λ (IBSI-1, major axis length)
        double a = 2 * Math.sqrt(pca.major());
        double b = 2 * Math.sqrt(pca.minor());
        double c = 2 * Math.sqrt(pca.least());
        if (c > 0) {
            values.put("6BDE", 3 * volume / (4 * Math.PI * a * b * c));
            values.put("RDD2", area / EllipsoidSurface.area(a, b, c));
        } else {
            String why = "voxel centres are coplanar: the approximate enclosing ellipsoid is flat";
            reasons.put("6BDE", why);
            reasons.put("RDD2", why);
        }
    }

    /** Centre of mass shift (KLMA), integrated intensity (99N0), Moran's I (N365), Geary's C (NPT7). */
    private static void intensityFeatures(ProcessedRoi roi, double volume, Map<String, Double> values,
            Map<String, String> reasons, boolean autocorrelation, Progress progress) {
        ImageGeometry g = roi.grid();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        double[] s = g.spacing();
        byte[] morph = roi.morphologicalMask();
        byte[] intensityMask = roi.intensityMask();
        float[] x = roi.intensities();
        double[] geometric = new double[3];
        double[] weighted = new double[3];
        long morphCount = 0;
        long intensityCount = 0;
        double intensitySum = 0;
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, n++) {
                    if (morph[n] != 0) {
                        morphCount++;
                        geometric[0] += i;
                        geometric[1] += j;
                        geometric[2] += k;
                    }
                    if (intensityMask[n] != 0) {
                        intensityCount++;
                        intensitySum += x[n];
                        weighted[0] += x[n] * (double) i;
                        weighted[1] += x[n] * (double) j;
                        weighted[2] += x[n] * (double) k;
                    }
                }
            }
        }
        if (intensityCount == 0) {
            for (String code : new String[] {"KLMA", "99N0", "N365", "NPT7"}) {
                reasons.put(code, "intensity mask is empty");
            }
            return;
        }
        if (intensitySum == 0) {
            reasons.put("KLMA", "intensities in the ROI sum to zero: no intensity-weighted centre");
        } else {
            double sq = 0;
            for (int a = 0; a < 3; a++) {
                double d = (geometric[a] / morphCount - weighted[a] / intensitySum) * s[a];
                sq += d * d;
            }
            values.put("KLMA", Math.sqrt(sq));
        }
        values.put("99N0", volume * intensitySum / intensityCount);
        if (!autocorrelation) {
            return;
        }
        SpatialAutocorrelation sa = SpatialAutocorrelation.of(x, intensityMask, nx, ny, nz, s, progress);
        if (sa.undefinedReason().isEmpty()) {
            values.put("N365", sa.moranI());
            values.put("NPT7", sa.gearyC());
        } else {
            reasons.put("N365", sa.undefinedReason());
            reasons.put("NPT7", sa.undefinedReason());
        }
    }

    /** Maximum 3D diameter (L0JK): the two most distant mesh vertices are both convex-hull vertices. */
    private static double maximumDiameter(SurfaceMesh mesh, int[] hullVertices) {
        double[] p = positions(mesh, hullVertices);
        double best = 0;
        int count = hullVertices.length;
        for (int a = 0; a < count; a++) {
            double ax = p[3 * a];
            double ay = p[3 * a + 1];
            double az = p[3 * a + 2];
            for (int b = a + 1; b < count; b++) {
                double dx = ax - p[3 * b];
                double dy = ay - p[3 * b + 1];
                double dz = az - p[3 * b + 2];
                best = Math.max(best, dx * dx + dy * dy + dz * dz);
            }
        }
        return Math.sqrt(best);
    }

    private static double[] positions(SurfaceMesh mesh, int[] vertices) {
        double[] p = new double[3 * vertices.length];
        for (int v = 0; v < vertices.length; v++) {
            for (int a = 0; a < 3; a++) {
                p[3 * v + a] = mesh.position(vertices[v], a);
            }
        }
        return p;
    }

    private List<FeatureValue> allUndefined(String reason) {
        List<FeatureValue> out = new ArrayList<>();
        for (Spec spec : SPECS) {
            out.add(FeatureValue.undefined(Family.MORPHOLOGY, spec.name(), spec.code(), "", spec.pyradiomics(),
                    reason));
        }
        return out;
    }

    private static List<FeatureValue> toFeatures(Map<String, Double> values, Map<String, String> reasons) {
        List<FeatureValue> out = new ArrayList<>();
        for (Spec spec : SPECS) {
            Double v = values.get(spec.code());
            if (v != null && Double.isFinite(v)) {
                out.add(FeatureValue.of(Family.MORPHOLOGY, spec.name(), spec.code(), "", spec.pyradiomics(), v));
            } else {
                String reason = reasons.getOrDefault(spec.code(), "not defined for this ROI");
                out.add(FeatureValue.undefined(Family.MORPHOLOGY, spec.name(), spec.code(), "", spec.pyradiomics(),
                        reason));
            }
        }
        return out;
    }
}
