package org.tacerisk.audit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.BundleTrust;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CasePrediction;

/**
 * One prediction as the audit log records it (docs/audit.md): which front end, the model bundle, the case (as a
 * hash of its image and tumour outline), the patient (the raw identifier, only ever stored as the installation's
 * salted hash), the inputs and the outputs.
 *
 * @param source     the front end: {@code predict}, {@code report}, {@code demo} or {@code workstation}
 * @param bundle     the bundle that predicted
 * @param prediction the result shown
 * @param caseSha256 {@link #caseHash} of the image and outline the prediction was made on
 * @param patientId  the DICOM Patient ID, or null when not known (a NIfTI image); hashed with the salt by
 *                   {@link AuditLog}, never written
 */
public record AuditedPrediction(String source, ModelBundle bundle, CasePrediction prediction, String caseSha256,
        String patientId) {

    /** A prediction of the case {@code ct} + {@code tumour}, with the patient from {@code series} (may be null). */
    public static AuditedPrediction of(String source, ModelBundle bundle, CasePrediction prediction, Volume ct,
            Mask tumour, SeriesReference series) {
        String patient = series == null || series.patientStudy() == null ? null : series.patientStudy().patientId();
        return new AuditedPrediction(source, bundle, prediction, caseHash(ct, tumour), patient);
    }

    /**
     * SHA-256 of the case's image voxels (as 32-bit floats, little-endian), voxel spacing and tumour mask: the same
     * value for the same image and outline whichever front end predicted, so an auditor can match a record to a
     * case file or a DICOM series without the log holding either.
     */
    public static String caseHash(Volume ct, Mask tumour) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer head = ByteBuffer.allocate(3 * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double s : ct.geometry().spacing()) {
            head.putDouble(s);
        }
        d.update(head.flip());
        // slice by slice in bulk: a 512 × 512 × 60 CT in well under a second, no copy of the whole volume
        int nx = ct.geometry().nx();
        int ny = ct.geometry().ny();
        float[] slice = new float[nx * ny];
        ByteBuffer bytes = ByteBuffer.allocate(slice.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < ct.geometry().nz(); k++) {
            ct.copySlice(k, slice);
            bytes.clear();
            bytes.asFloatBuffer().put(slice);
            d.update(bytes.array(), 0, bytes.capacity());
        }
        d.update(tumour.toByteArray());
        return HexFormat.of().formatHex(d.digest());
    }

    /** The record's fields (without time, user, sequence and hashes, which the log adds). */
    Map<String, Object> fields(String patientHash) {
        BundlePrediction p = prediction.prediction();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("caseSha256", caseSha256);
        m.put("patientHash", patientHash);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", bundle.manifest().name());
        b.put("version", bundle.manifest().version());
        b.put("manifestSha256", bundle.manifestSha256());
        BundleTrust trust = bundle.trust();
        b.put("trust", trust == null ? "not evaluated" : trust.status().name().toLowerCase(java.util.Locale.ROOT));
        b.put("signer", trust == null ? null : trust.fingerprint());
        b.put("label", bundle.manifest().label());
        m.put("bundle", b);
        m.put("inputs", prediction.inputs());
        m.put("signatureScores", prediction.signatureScores());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("probability", p.probability());
        out.put("ciLow", p.probabilityLow());
        out.put("ciHigh", p.probabilityHigh());
        out.put("riskGroup", p.riskGroup());
        out.put("totalPoints", p.totalPoints());
        out.put("warnings", prediction.warnings().stream().map(w -> w.code()).toList());
        m.put("outputs", out);
        return m;
    }
}
