package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ValueRepresentation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.SoftwareVersion;
import org.tacerisk.dicom.DeidentificationProfile.Action;

/**
 * De-identifies the DICOM objects of one export (PS3.15 Annex E, Basic Application Level Confidentiality Profile):
 * one instance per export, so every original UID maps to the same new UID in every file it de-identifies and the
 * copies still reference each other. See docs/dicom-export.md for what is and is not handled.
 *
 * <p>Rules, in order: private attributes, overlay data/comments and curves are removed; the attributes named in
 * {@link DeidentificationProfile} get their action; PatientName and PatientID become the caller's pseudonym; then by
 * VR: UIDs are remapped (except the standard's own, under 1.2.840.10008, and class/syntax/coding UIDs), person names,
 * dates, times and date-times are emptied, attributes of unknown VR (UN) are removed, sequences are processed item
 * by item. Everything else is kept. Two rows the attribute rules cannot do: an Encapsulated Document (D) is replaced
 * by the caller's replacement document (a report written without identifiers; refused when there is none), and a
 * ROI name or segment label (Z; free text the user typed) becomes a numbered dummy ("ROI 1", "Segment 1").
 */
public final class Deidentifier {

    /** The code for the profile in DeidentificationMethodCodeSequence (CID 7050). */
    static final String BASIC_PROFILE_CODE = "113100";

    /** What replaces PatientName and PatientID; must not be the patient's own. */
    public record Pseudonym(String patientName, String patientId) {

        public Pseudonym {
            if (patientName == null || patientName.isBlank() || patientId == null || patientId.isBlank()) {
                throw new IllegalArgumentException("a pseudonym needs a name and an ID");
            }
        }
    }

    private final Pseudonym pseudonym;
    private final byte[] replacementDocument;
    private final Map<String, String> uids = new HashMap<>();
    private final Set<String> issued = new HashSet<>();

    /** A de-identifier for objects without an encapsulated document (those are refused). */
    public Deidentifier(Pseudonym pseudonym) {
        this(pseudonym, null);
    }

    /**
     * @param replacementDocument what replaces every EncapsulatedDocument (PS3.15 action D): a document written
     *        without the patient's identifiers, such as the pseudonymised report; null refuses such objects
     */
    public Deidentifier(Pseudonym pseudonym, byte[] replacementDocument) {
        this.pseudonym = Objects.requireNonNull(pseudonym, "pseudonym");
        this.replacementDocument = replacementDocument == null ? null : replacementDocument.clone();
    }

    /**
     * De-identifies each file into {@code outFolder} under its own file name, with one UID mapping for all.
     *
     * @return the written files, in the order of {@code files}
     * @throws IllegalArgumentException when two inputs share a file name or an output would replace an input
     */
    public static List<Path> deidentifyAll(List<Path> files, Path outFolder, Pseudonym pseudonym) throws IOException {
        return deidentifyAll(files, outFolder, pseudonym, null);
    }

    /** As {@link #deidentifyAll(List, Path, Pseudonym)}, an encapsulated document replaced by {@code document}. */
    public static List<Path> deidentifyAll(List<Path> files, Path outFolder, Pseudonym pseudonym, byte[] document)
            throws IOException {
        Set<Path> names = new HashSet<>();
        Set<Path> inputs = new HashSet<>();
        for (Path f : files) {
            inputs.add(f.toAbsolutePath().normalize());
            if (!names.add(f.getFileName())) {
                throw new IllegalArgumentException("two inputs are named " + f.getFileName());
            }
        }
        Deidentifier export = new Deidentifier(pseudonym, document);
        List<Path> written = new ArrayList<>();
        for (Path f : files) {
            Path out = outFolder.resolve(f.getFileName());
            if (inputs.contains(out.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("the de-identified copy would replace its original: " + out);
            }
            export.deidentify(f, out);
            written.add(out);
        }
        return written;
    }

    /** Writes a de-identified copy of {@code in} to {@code out} (atomically, explicit VR little endian). */
    public void deidentify(Path in, Path out) throws IOException {
        AttributeList list = RoiDicom.read(in);
        requireNativeEncoding(list, in);
        if (pseudonym.patientName().equals(RoiDicom.string(list, "PatientName"))
                || pseudonym.patientId().equals(RoiDicom.string(list, "PatientID"))) {
            throw new IllegalArgumentException("the pseudonym is the patient's own name or ID");
        }
        list.removeGroupLengthAttributes();
        list.removeMetaInformationHeaderAttributes();
        replaceDocument(list, in);
        process(list);
        RoiDicom.put(list, "PatientName", pseudonym.patientName());
        RoiDicom.put(list, "PatientID", pseudonym.patientId());
        RoiDicom.put(list, "PatientIdentityRemoved", "YES");
        RoiDicom.put(list, "DeidentificationMethod",
                "DICOM PS3.15 E.1 Basic Profile; TACE-Risk " + SoftwareVersion.current());
        RoiDicom.putSequence(list, "DeidentificationMethodCodeSequence",
                RoiDicom.code(BASIC_PROFILE_CODE, "DCM", "Basic Application Confidentiality Profile"));
        RoiDicom.write(list, out);
    }

    /**
     * EncapsulatedDocument is D in the Basic Profile: its bytes (a PDF with the patient's name on every page) cannot
     * be cleaned attribute by attribute, so the whole document is replaced; without a replacement the object is
     * refused rather than copied with the patient inside.
     */
    private void replaceDocument(AttributeList list, Path in) throws IOException {
        if (list.get(RoiDicom.tag("EncapsulatedDocument")) == null) {
            return;
        }
        if (replacementDocument == null) {
            throw new BadInputException(in, "holds an encapsulated document, which cannot be de-identified attribute "
                    + "by attribute: give a replacement document written without the patient's identifiers (the "
                    + "pseudonymised report)");
        }
        EncapsulatedPdfWriter.putDocument(list, replacementDocument);
        // the replacement carries no identifying text (its writer's promise, checked by the export's byte scans)
        RoiDicom.put(list, "BurnedInAnnotation", "NO");
    }

    /** Original UID → new UID, for every UID remapped so far in this export. */
    public Map<String, String> uidMapping() {
        return Map.copyOf(uids);
    }

    /** Compressed pixel data would need re-encoding to be written as explicit VR little endian: refused. */
    private static void requireNativeEncoding(AttributeList list, Path in) {
        String syntax = RoiDicom.string(list, "TransferSyntaxUID");
        if (!syntax.isEmpty() && !TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN.equals(syntax)
                && !TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN.equals(syntax)
                && !TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN.equals(syntax)
                && !TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.equals(syntax)) {
            throw new BadInputException(in, "cannot de-identify compressed DICOM (transfer syntax " + syntax + ")");
        }
    }

    private void process(AttributeList list) {
        for (AttributeTag tag : new ArrayList<>(list.keySet())) {
            Attribute a = list.get(tag);
            byte[] vr = a.getVR();
            if (tag.isPrivate() || isOverlayOrCurve(tag) || ValueRepresentation.isUnknownVR(vr)) {
                list.remove(tag);
                continue;
            }
            Action action = DeidentificationProfile.action(tag);
            if (action == Action.REMOVE) {
                list.remove(tag);
            } else if (action == Action.ZERO) {
                list.put(empty(tag, vr));
            } else if (action == Action.DUMMY) {
                RoiDicom.put(list, keyword(tag), dummy(vr));
            } else if (action == Action.NUMBERED) {
                RoiDicom.put(list, keyword(tag), numberedDummy(list, tag));
            } else if (a instanceof SequenceAttribute seq) {
                for (int n = 0; n < seq.getNumberOfItems(); n++) {
                    process(seq.getItem(n).getAttributeList());
                }
            } else if (ValueRepresentation.isUniqueIdentifierVR(vr)) {
                remapUids(list, tag, a);
            } else if (ValueRepresentation.isPersonNameVR(vr) || ValueRepresentation.isDateVR(vr)
                    || ValueRepresentation.isTimeVR(vr) || ValueRepresentation.isDateTimeVR(vr)) {
                list.put(empty(tag, vr));
            }
        }
    }

    /** Overlay Data (60xx,3000), Overlay Comments (60xx,4000) and the retired curve groups (50xx) are X. */
    private static boolean isOverlayOrCurve(AttributeTag tag) {
        int group = tag.getGroup() & 0xff00;
        return group == 0x5000 || group == 0x6000 && (tag.getElement() == 0x3000 || tag.getElement() == 0x4000);
    }

    private void remapUids(AttributeList list, AttributeTag tag, Attribute a) {
        String name = keyword(tag);
        if (name != null && (name.endsWith("ClassUID") || name.endsWith("SyntaxUID") || name.equals("CodingSchemeUID")
                || name.equals("MappingResourceUID") || name.equals("ContextGroupExtensionCreatorUID"))) {
            return;
        }
        try {
            String[] values = a.getStringValues();
            Attribute remapped = AttributeFactory.newAttribute(tag, a.getVR());
            for (String v : values == null ? new String[0] : values) {
                remapped.addValue(map(v.trim()));
            }
            list.put(remapped);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot remap the UIDs of " + tag, e);
        }
    }

    /** The standard's own UIDs identify no one; every other UID gets a fresh random one, the same on every call. */
    private String map(String uid) {
        if (uid.isEmpty() || uid.startsWith("1.2.840.10008.")) {
            return uid;
        }
        return uids.computeIfAbsent(uid, u -> {
            String fresh = DicomUids.newUid();
            while (!issued.add(fresh) || uids.containsKey(fresh)) {
                fresh = DicomUids.newUid();
            }
            return fresh;
        });
    }

    /** "ROI 3" for the ROIName of ROI number 3, "Segment 2" for segment 2: dummies that still tell ROIs apart. */
    private static String numberedDummy(AttributeList item, AttributeTag tag) {
        boolean roi = tag.equals(RoiDicom.tag("ROIName"));
        String number = RoiDicom.string(item, roi ? "ROINumber" : "SegmentNumber");
        return (roi ? "ROI " : "Segment ") + (number.isEmpty() ? "1" : number);
    }

    /** A dummy value of the attribute's VR (PS3.15 action D): a fixed date or time, else "DEIDENTIFIED". */
    private static String dummy(byte[] vr) {
        if (ValueRepresentation.isDateVR(vr)) {
            return "19000101";
        } else if (ValueRepresentation.isTimeVR(vr)) {
            return "000000";
        } else if (ValueRepresentation.isDateTimeVR(vr)) {
            return "19000101000000";
        }
        return "DEIDENTIFIED";
    }

    private static Attribute empty(AttributeTag tag, byte[] vr) {
        try {
            return AttributeFactory.newAttribute(tag, vr);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot empty " + tag, e);
        }
    }

    private static String keyword(AttributeTag tag) {
        return DicomDictionary.StandardDictionary.getNameFromTag(tag);
    }
}
