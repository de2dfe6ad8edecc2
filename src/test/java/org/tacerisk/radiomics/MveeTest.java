package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.radiomics.morphology.EllipsoidSurface;
import org.tacerisk.radiomics.morphology.Mvee;

/** Khachiyan's MVEE and IBSI's Legendre series for the ellipsoid surface, against closed forms. */
class MveeTest {

    /**
     * Points on an ellipsoid (semi-axes 5, 3, 2), rotated and shifted, plus points strictly inside it: the MVEE is
     * that ellipsoid. Khachiyan's iteration stops at τ = 0.001 on the weights, which leaves the axes within a few
     * tenths of a per cent.
     */
    @Test
    void recoversAnEllipsoidFromPointsOnIt() {
        Random random = new Random(2);
        double[] axes = {5, 3, 2};
        double[][] rotation = rotation(0.4, -0.7, 1.1);
        double[] shift = {10, -4, 7};
        int count = 600;
        double[] points = new double[3 * count];
        for (int q = 0; q < count; q++) {
            double[] u = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double len = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
            double scale = q % 3 == 0 ? 0.5 : 1; // a third of the points lie inside
            double[] local = {axes[0] * u[0] / len * scale, axes[1] * u[1] / len * scale, axes[2] * u[2] / len * scale};
            for (int r = 0; r < 3; r++) {
                points[3 * q + r] = shift[r] + rotation[r][0] * local[0] + rotation[r][1] * local[1]
                        + rotation[r][2] * local[2];
            }
        }
        Mvee mvee = Mvee.of(points, Mvee.TOLERANCE);
        assertEquals(5, mvee.semiAxes()[0], 0.05);
        assertEquals(3, mvee.semiAxes()[1], 0.03);
        assertEquals(2, mvee.semiAxes()[2], 0.02);
        for (int r = 0; r < 3; r++) {
            assertEquals(shift[r], mvee.centre()[r], 0.05);
        }
        Mvee tight = Mvee.of(points, 1e-7);
        assertEquals(5, tight.semiAxes()[0], 1e-3);
        assertEquals(3, tight.semiAxes()[1], 1e-3);
        assertEquals(2, tight.semiAxes()[2], 1e-3);
    }

    /** The MVEE of a cube's corners is the sphere through them (by symmetry): radius √3 · half-side. */
    @Test
    void cubeCorners() {
        double[] points = new double[24];
        for (int c = 0; c < 8; c++) {
            points[3 * c] = (c & 1) * 2 - 1;
            points[3 * c + 1] = ((c >> 1) & 1) * 2 - 1;
            points[3 * c + 2] = ((c >> 2) & 1) * 2 - 1;
        }
        Mvee mvee = Mvee.of(points, Mvee.TOLERANCE);
        for (double a : mvee.semiAxes()) {
            assertEquals(Math.sqrt(3), a, 1e-9);
        }
    }

    @Test
    void sphereArea() {
        assertEquals(4 * Math.PI * 9, EllipsoidSurface.area(3, 3, 3), 1e-12);
    }

    /**
     * IBSI's series with b = c has α = β = e = √(1 − b²/a²), P_ν(1) = 1, and Σ e^(2ν) / (1 − 4ν²) =
     * (1 + (1 − e²) artanh(e) / e) / 2, so A = 2πab (1 + (1 − e²) artanh(e) / e). See EllipsoidSurface for why
     * IBSI's definition, not the textbook area, is implemented.
     */
    @Test
    void seriesWithEqualMinorAxesSumsInClosedForm() {
        double a = 5;
        double b = 4;
        double e = Math.sqrt(1 - b * b / (a * a));
        double artanh = 0.5 * Math.log((1 + e) / (1 - e));
        double closed = 2 * Math.PI * a * b * (1 + (1 - e * e) * artanh / e);
        assertEquals(closed, EllipsoidSurface.area(a, b, b), 1e-6 * closed);
        assertEquals(218.574, EllipsoidSurface.area(a, b, b), 1e-3);
    }

    /**
     * The digital phantom's PCA semi-axes (2√λ: 5.7012, 4.6540, 4.2680 mm) and mesh area 388.07 mm²: IBSI's series
     * gives area density 1.355, inside the reference 1.36 ± 0.01.
     */
    @Test
    void digitalPhantomAreaDensity() {
        double density = 388.0706 / EllipsoidSurface.area(11.4024 / 2, 9.30801 / 2, 8.53598 / 2);
        assertEquals(1.36, density, 0.01);
    }

    private static double[][] rotation(double x, double y, double z) {
        double[][] rx = {{1, 0, 0}, {0, Math.cos(x), -Math.sin(x)}, {0, Math.sin(x), Math.cos(x)}};
        double[][] ry = {{Math.cos(y), 0, Math.sin(y)}, {0, 1, 0}, {-Math.sin(y), 0, Math.cos(y)}};
        double[][] rz = {{Math.cos(z), -Math.sin(z), 0}, {Math.sin(z), Math.cos(z), 0}, {0, 0, 1}};
        return multiply(rz, multiply(ry, rx));
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
