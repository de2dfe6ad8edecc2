package org.tacerisk.cohort.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The noiseless portal-venous abdomen of one synthetic patient, in LPS millimetres (x to the patient's left, y
 * posterior, z superior; the index tumour's centre at z = 0): body outline, subcutaneous fat, abdominal wall,
 * spine with discs, paraspinal muscles, aorta and IVC, a liver with portal branches, the index tumour, satellite
 * nodules, bowel and visceral fat. Every shape and intensity is drawn from the patient's image stream, so the same
 * patient always looks the same at any voxel size.
 */
final class Anatomy {

    static final double AIR = -1000;

    private final double bodyA;
    private final double bodyB;
    private final double fatMm;
    private final double wallMm;
    private final double fatHu;
    private final double muscleHu;
    private final double visceralFatHu;
    private final double bowelHu;
    private final double cortexHu;
    private final double cancellousHu;
    private final double discPhaseMm;
    private final double aortaHu;
    private final double ivcHu;
    private final double liverHu;
    private final double vesselHu;
    private final double[] liverCentre;
    private final double[] liverSemi;
    private final List<double[]> vessels = new ArrayList<>();
    private final Tumour index;
    private final List<Tumour> satellites = new ArrayList<>();

    Anatomy(SyntheticPatient patient, SynthSize size) {
        SplittableRandom r = new SplittableRandom(patient.imageSeed());
        bodyA = 132 + 5 * r.nextGaussian();
        bodyB = 95 + 4 * r.nextGaussian();
        fatMm = uniform(r, 10, 22);
        wallMm = uniform(r, 7, 11);
        fatHu = uniform(r, -110, -90);
        muscleHu = uniform(r, 45, 55);
        visceralFatHu = uniform(r, -95, -80);
        bowelHu = uniform(r, 25, 45);
        cortexHu = uniform(r, 800, 1000);
        cancellousHu = uniform(r, 380, 450);
        discPhaseMm = uniform(r, 0, 33);
        aortaHu = uniform(r, 150, 180);
        ivcHu = uniform(r, 120, 140);
        liverHu = uniform(r, 100, 120);
        vesselHu = liverHu + uniform(r, 50, 70);
        liverSemi = new double[] {70 + 5 * r.nextGaussian(), 52 + 4 * r.nextGaussian(), 85 + 6 * r.nextGaussian()};
        double radius = indexRadiusMm(patient.tumourSizeCm(), size);
        // The field of view is centred on the index tumour in z; the tumour sits off the liver's centre by an amount
        // that still keeps most of it inside the liver.
        double[] offset = new double[3];
        for (int a = 0; a < 3; a++) {
            offset[a] = uniform(r, -1, 1) * Math.max(0, liverSemi[a] - radius) * (a == 2 ? 0.4 : 0.5);
        }
        liverCentre = new double[] {-52 + 4 * r.nextGaussian(), -12 + 4 * r.nextGaussian(), -offset[2]};
        // The liver reaches the abdominal wall; a tumour drawn there would be cut off by the wall, so its centre is
        // pulled towards the liver's centre until it lies well inside the cavity.
        double innerA = bodyA - fatMm - wallMm - 0.6 * radius;
        double innerB = bodyB - fatMm - wallMm - 0.6 * radius;
        double[] tumourCentre = {liverCentre[0] + offset[0], liverCentre[1] + offset[1], 0};
        for (int step = 0; step < 50 && sq(tumourCentre[0] / innerA) + sq(tumourCentre[1] / innerB) > 1; step++) {
            tumourCentre[0] = liverCentre[0] + (tumourCentre[0] - liverCentre[0]) * 0.85;
            tumourCentre[1] = liverCentre[1] + (tumourCentre[1] - liverCentre[1]) * 0.85;
        }
        Tumour.Look look = new Tumour.Look(uniform(r, 135, 155), uniform(r, 85, 110), uniform(r, 20, 40),
                uniform(r, 2.5, 4.5), patient.necrosisFraction(), patient.heterogeneityHu());
        index = new Tumour(tumourCentre, radius, patient.irregularity(), uniform(r, 3.5, 7), look, r);
        double[] hilum = {liverCentre[0] + 25, liverCentre[1] + 18, liverCentre[2]};
        int branches = 3 + r.nextInt(3);
        for (int b = 0; b < branches; b++) {
            double[] u = Tumour.unitVector(r);
            vessels.add(new double[] {hilum[0], hilum[1], hilum[2], liverCentre[0] + 0.8 * liverSemi[0] * u[0],
                liverCentre[1] + 0.8 * liverSemi[1] * u[1], liverCentre[2] + 0.8 * liverSemi[2] * u[2],
                uniform(r, 2.5, 4.5)});
        }
        placeSatellites(patient.nodules() - 1, size, r);
    }

    /** The index tumour's radius: half the clinical size, capped so that it stays inside the field of view. */
    static double indexRadiusMm(double sizeCm, SynthSize size) {
        return Math.min(5 * sizeCm, Math.min(0.42 * size.zExtentMm(), 55));
    }

    Tumour index() {
        return index;
    }

    int satelliteCount() {
        return satellites.size();
    }

    /** Noiseless HU at a point. */
    double hu(double x, double y, double z) {
        if (sq(x / bodyA) + sq(y / bodyB) > 1) {
            return AIR;
        }
        double bone = spine(x, y, z);
        if (!Double.isNaN(bone)) {
            return bone;
        }
        if (paraspinal(x, y)) {
            return muscleHu;
        }
        if (sq(x / (bodyA - fatMm)) + sq(y / (bodyB - fatMm)) > 1) {
            return fatHu;
        }
        if (sq(x / (bodyA - fatMm - wallMm)) + sq(y / (bodyB - fatMm - wallMm)) > 1) {
            return muscleHu;
        }
        if (sq(x - 18) + sq(y - 20) <= sq(11)) {
            return aortaHu;
        }
        if (sq(x + 20) + sq(y - 25) <= sq(10)) {
            return ivcHu;
        }
        double rho = index.rho(x, y, z);
        if (rho <= 1) {
            return index.hu(x, y, z, rho);
        }
        if (inLiver(x, y, z)) {
            for (Tumour s : satellites) {
                double rs = s.rho(x, y, z);
                if (rs <= 1) {
                    return s.hu(x, y, z, rs);
                }
            }
            for (double[] v : vessels) {
                if (segmentDistanceSq(v, x, y, z) <= sq(v[6])) {
                    return vesselHu;
                }
            }
            return liverHu;
        }
        if (sq((x - 55) / 50) + sq((y + 20) / 45) <= 1) {
            return bowelHu;
        }
        return visceralFatHu;
    }

    /** Whether the point is index tumour as painted by {@link #hu} (the mask is exactly what the CT shows). */
    boolean inIndexTumour(double x, double y, double z) {
        if (index.rho(x, y, z) > 1) {
            return false;
        }
        return sq(x / (bodyA - fatMm - wallMm)) + sq(y / (bodyB - fatMm - wallMm)) <= 1
                && Double.isNaN(spine(x, y, z)) && !paraspinal(x, y)
                && sq(x - 18) + sq(y - 20) > sq(11) && sq(x + 20) + sq(y - 25) > sq(10);
    }

    double liverHu() {
        return liverHu;
    }

    boolean inLiver(double x, double y, double z) {
        return sq((x - liverCentre[0]) / liverSemi[0]) + sq((y - liverCentre[1]) / liverSemi[1])
                + sq((z - liverCentre[2]) / liverSemi[2]) <= 1;
    }

    /** Vertebral body (cortex, cancellous bone, or a disc between vertebrae), arch, spinous process; else NaN. */
    private double spine(double x, double y, double z) {
        boolean disc = Math.floorMod((long) Math.floor(z + discPhaseMm), 33L) < 7;
        double bodyR2 = sq(x) + sq(y - 42);
        if (bodyR2 <= sq(15)) {
            if (disc) {
                return 90;
            }
            return bodyR2 > sq(12.5) ? cortexHu : cancellousHu;
        }
        double canal2 = sq(x) + sq(y - 66);
        if (canal2 <= sq(8)) {
            return 15;
        }
        if (!disc && (canal2 <= sq(12) || sq(x / 4) + sq((y - 83) / 7) <= 1)) {
            return 0.5 * (cortexHu + cancellousHu);
        }
        return Double.NaN;
    }

    private static boolean paraspinal(double x, double y) {
        return sq((Math.abs(x) - 30) / 20) + sq((y - 72) / 14) <= 1;
    }

    private void placeSatellites(int count, SynthSize size, SplittableRandom r) {
        double zLimit = size.zExtentMm() / 2 - 5;
        for (int s = 0; s < count; s++) {
            double radius = uniform(r, 5, 12);
            Tumour.Look look = new Tumour.Look(uniform(r, 115, 130), uniform(r, 70, 90), 35, 1.5, 0.2, 6);
            // Rejection sampling in the part of the liver inside the field of view, clear of the index tumour and of
            // each other; a nodule that finds no room is left out of the image (the clinical count still says how
            // many there were, as for nodules outside the scanned range).
            for (int attempt = 0; attempt < 100; attempt++) {
                double[] c = new double[3];
                for (int a = 0; a < 3; a++) {
                    c[a] = liverCentre[a] + uniform(r, -0.85, 0.85) * liverSemi[a];
                }
                c[2] = uniform(r, -zLimit, zLimit);
                if (sq((c[0] - liverCentre[0]) / liverSemi[0]) + sq((c[1] - liverCentre[1]) / liverSemi[1])
                        + sq((c[2] - liverCentre[2]) / liverSemi[2]) <= sq(0.85) && clear(c, radius)) {
                    satellites.add(new Tumour(c, radius, 0.05, 4, look, r));
                    break;
                }
            }
        }
    }

    private boolean clear(double[] c, double radius) {
        if (distance(c, index.centre()) < index.boundingRadiusMm() + radius + 4) {
            return false;
        }
        for (Tumour s : satellites) {
            if (distance(c, s.centre()) < s.boundingRadiusMm() + radius + 4) {
                return false;
            }
        }
        return true;
    }

    /** Squared distance from a point to segment v = {x0, y0, z0, x1, y1, z1, radius}. */
    private static double segmentDistanceSq(double[] v, double x, double y, double z) {
        double ax = v[3] - v[0];
        double ay = v[4] - v[1];
        double az = v[5] - v[2];
        double t = ((x - v[0]) * ax + (y - v[1]) * ay + (z - v[2]) * az) / (ax * ax + ay * ay + az * az + 1e-12);
        t = Math.max(0, Math.min(1, t));
        return sq(x - v[0] - t * ax) + sq(y - v[1] - t * ay) + sq(z - v[2] - t * az);
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
    }

    private static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    private static double sq(double v) {
        return v * v;
    }
}
