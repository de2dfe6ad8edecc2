package org.tacerisk.bench;

import java.nio.file.*;
import java.util.*;
import org.tacerisk.audit.*;
import org.tacerisk.image.*;
import org.tacerisk.model.*;
import org.tacerisk.predict.CasePrediction;
/** Timing of the audit log (docs/performance.md, "Audit trail"): appends with fsync, verification, the case hash. */
public final class AuditTiming {

    private AuditTiming() {
    }

    public static void main(String[] a) throws Exception {
        Path tmp = Files.createTempDirectory("auditperf");
        Path dir = tmp.resolve("bundle");
        new ModelBundleWriter(TestBundles.manifest()).write(dir);
        ModelBundle bundle = ModelBundle.load(dir);
        Map<String, Double> inputs = Map.of("dlr_score", 0.5, "tumor_size_cm", 5.0, "nodules", 2.0, "afp", 100.0);
        CasePrediction p = new CasePrediction(bundle.predictor().predict(inputs), inputs, Map.of("dlr", 0.5), 5.1, List.of(), List.of());
        AuditLog log = new AuditLog(tmp.resolve("data"));
        AuditedPrediction r = new AuditedPrediction("predict", bundle, p, "ab".repeat(32), "PATIENT");
        int n = Integer.parseInt(a[0]);
        for (int i = 0; i < 20; i++) log.append(r);
        long t0 = System.nanoTime();
        for (int i = 20; i < n; i++) log.append(r);
        long t1 = System.nanoTime();
        AuditVerification v = log.verify();
        long t2 = System.nanoTime();
        System.out.printf("append: %.2f ms per record (%d records, fsync each); verify %d lines: %.0f ms, intact=%s; log %d bytes%n",
            (t1 - t0) / 1e6 / (n - 20), n, v.lines(), (t2 - t1) / 1e6, v.intact(), Files.size(log.file()));
        // verify on a big volume: a 512x512x60 case hash
        ImageGeometry g = new ImageGeometry(512, 512, 60, new double[] {0.7, 0.7, 2.5}, new double[] {0, 0, 0}, new double[] {1,0,0,0,1,0,0,0,1});
        Volume ct = Volume.ofShorts(g, new short[512 * 512 * 60], "HU");
        Mask m = Mask.of(g, new byte[512 * 512 * 60]);
        AuditedPrediction.caseHash(ct, m);
        long t3 = System.nanoTime();
        AuditedPrediction.caseHash(ct, m);
        System.out.printf("case hash of a 512x512x60 CT + mask: %.0f ms%n", (System.nanoTime() - t3) / 1e6);
    }
}
