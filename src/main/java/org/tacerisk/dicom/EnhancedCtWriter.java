package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Writes a short-backed HU volume as one Enhanced CT Image Storage file (1.2.840.10008.5.1.4.1.1.2.1): the pixel
 * measures, plane orientation and rescale go into the SharedFunctionalGroupsSequence (5200,9229), the position of
 * each frame into the PerFrameFunctionalGroupsSequence (5200,9230) (PS3.3 C.7.6.16). With
 * {@link CtWriteOptions.InstanceOrder#DESCENDING} the frames are stored from the highest position down, as many
 * scanners do, so readers must sort by position.
 */
public final class EnhancedCtWriter {

    private EnhancedCtWriter() {
    }

    /** Writes {@code file}; uncompressed transfer syntaxes only (RLE falls back to explicit VR little endian). */
    public static SeriesReference write(Volume volume, Path file, CtWriteOptions options) throws IOException {
        if (!volume.isShortBacked()) {
            throw new IllegalArgumentException("EnhancedCtWriter writes 16-bit volumes; this one holds floats");
        }
        CtWriteOptions o = CtAttributes.resolve(options);
        String syntax = o.transferSyntax() == CtWriteOptions.OutputSyntax.RLE_LOSSLESS
                ? TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN : o.transferSyntax().uid();
        ImageGeometry g = volume.geometry();
        String sopUid = o.sopInstanceUids() != null ? o.sopInstanceUids().get(0) : DicomUids.newUid();
        List<Integer> kOfFrame = new ArrayList<>();
        for (int k = 0; k < g.nz(); k++) {
            kOfFrame.add(k);
        }
        if (o.instanceOrder() == CtWriteOptions.InstanceOrder.DESCENDING) {
            Collections.reverse(kOfFrame);
        }
        AttributeList l;
        try {
            l = build(volume, o, sopUid, kOfFrame, syntax);
        } catch (DicomException e) {
            throw new IOException("cannot build the enhanced CT object", e);
        }
        AtomicFiles.write(file, out -> {
            try {
                l.write(out, syntax, true, true);
            } catch (DicomException e) {
                throw new IOException(e);
            }
        });
        List<String> uids = Collections.nCopies(g.nz(), sopUid);
        List<Integer> frames = new ArrayList<>();
        for (int k = 0; k < g.nz(); k++) {
            frames.add(kOfFrame.indexOf(k) + 1);
        }
        return new SeriesReference(o.patientStudy(), o.seriesInstanceUid(), o.frameOfReferenceUid(), "CT",
                CtAttributes.ENHANCED_CT_IMAGE_STORAGE, uids, frames);
    }

    private static AttributeList build(Volume volume, CtWriteOptions o, String sopUid, List<Integer> kOfFrame,
            String syntax) throws DicomException {
        ImageGeometry g = volume.geometry();
        AttributeList l = new AttributeList();
        CtAttributes.common(l, o, g);
        CtAttributes.put(l, TagFromName.SOPClassUID, CtAttributes.ENHANCED_CT_IMAGE_STORAGE);
        CtAttributes.put(l, TagFromName.SOPInstanceUID, sopUid);
        CtAttributes.put(l, TagFromName.ImageType, "ORIGINAL", "PRIMARY", "AXIAL", "NONE");
        CtAttributes.put(l, TagFromName.InstanceNumber, "1");
        CtAttributes.put(l, TagFromName.NumberOfFrames, Integer.toString(g.nz()));
        CtAttributes.put(l, TagFromName.ContentDate, o.studyDate());
        CtAttributes.put(l, TagFromName.ContentTime, o.studyTime());

        AttributeList measures = new AttributeList();
        CtAttributes.putDs(measures, TagFromName.PixelSpacing, g.spacing(1), g.spacing(0));
        CtAttributes.putDs(measures, TagFromName.SliceThickness,
                o.sliceThicknessMm() != null ? o.sliceThicknessMm() : g.spacing(2));
        AttributeList orientation = new AttributeList();
        CtAttributes.orientation(orientation, g);
        AttributeList rescale = new AttributeList();
        CtAttributes.put(rescale, TagFromName.RescaleIntercept, Integer.toString(o.rescaleIntercept()));
        CtAttributes.put(rescale, TagFromName.RescaleSlope, "1");
        CtAttributes.put(rescale, TagFromName.RescaleType, o.rescaleType() != null ? o.rescaleType() : "HU");
        AttributeList frameType = new AttributeList();
        CtAttributes.put(frameType, TagFromName.FrameType, "ORIGINAL", "PRIMARY", "AXIAL", "NONE");
        AttributeList shared = new AttributeList();
        shared.put(CtAttributes.sequenceWith(TagFromName.PixelMeasuresSequence, measures));
        shared.put(CtAttributes.sequenceWith(TagFromName.PlaneOrientationSequence, orientation));
        shared.put(CtAttributes.sequenceWith(TagFromName.PixelValueTransformationSequence, rescale));
        shared.put(CtAttributes.sequenceWith(TagFromName.CTImageFrameTypeSequence, frameType));
        l.put(CtAttributes.sequenceWith(TagFromName.SharedFunctionalGroupsSequence, shared));

        SequenceAttribute perFrame = new SequenceAttribute(TagFromName.PerFrameFunctionalGroupsSequence);
        short[] hu = volume.toShortArray();
        short[] stored = new short[g.voxelCount()];
        int size = g.sliceSize();
        for (int f = 0; f < kOfFrame.size(); f++) {
            int k = kOfFrame.get(f);
            AttributeList item = new AttributeList();
            AttributeList position = new AttributeList();
            CtAttributes.putDs(position, TagFromName.ImagePositionPatient, g.indexToPhysical(0, 0, k));
            item.put(CtAttributes.sequenceWith(TagFromName.PlanePositionSequence, position));
            AttributeList content = new AttributeList();
            CtAttributes.put(content, TagFromName.StackID, "1");
            CtAttributes.put(content, TagFromName.InStackPositionNumber, Integer.toString(k + 1));
            item.put(CtAttributes.sequenceWith(TagFromName.FrameContentSequence, content));
            perFrame.addItem(item);
            System.arraycopy(CtAttributes.stored(hu, k * size, size, o), 0, stored, f * size, size);
        }
        l.put(perFrame);
        OtherWordAttribute pixels = new OtherWordAttribute(TagFromName.PixelData);
        pixels.setValues(stored);
        l.put(pixels);
        FileMetaInformation.addFileMetaInformation(l, syntax, "TACERISK");
        return l;
    }
}
