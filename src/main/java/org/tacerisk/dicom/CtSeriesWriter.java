package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Writes a short-backed HU {@link Volume} as a CT Image Storage series: one file per slice, with the Image Plane
 * module (ImagePositionPatient, ImageOrientationPatient, PixelSpacing, SliceThickness) taken from the volume's
 * geometry — so any grid, including a sheared (gantry-tilted) one, is written as it is. Files are written
 * atomically, in parallel. Used by tests, benchmarks and the synthetic cohort generator.
 */
public final class CtSeriesWriter {

    private CtSeriesWriter() {
    }

    /** Writes {@code volume} into {@code folder}; returns what was written (UIDs in volume order). */
    public static SeriesReference write(Volume volume, Path folder, CtWriteOptions options) throws IOException {
        if (!volume.isShortBacked()) {
            throw new IllegalArgumentException("CtSeriesWriter writes 16-bit volumes; this one holds floats");
        }
        CtWriteOptions o = CtAttributes.resolve(options);
        ImageGeometry g = volume.geometry();
        int nz = g.nz();
        List<String> sopUids = new ArrayList<>();
        for (int k = 0; k < nz; k++) {
            sopUids.add(o.sopInstanceUids() != null ? o.sopInstanceUids().get(k) : DicomUids.newUid());
        }
        int[] fileNumber = fileNumbers(nz, o);
        short[] hu = volume.toShortArray();
        try {
            IntStream.range(0, nz).parallel().forEach(k -> {
                try {
                    AttributeList l = slice(g, hu, k, sopUids.get(k), o);
                    Path target = folder.resolve(String.format(Locale.ROOT, o.fileNamePattern(), fileNumber[k]));
                    AtomicFiles.write(target, out -> {
                        try {
                            l.write(out, o.transferSyntax().uid(), true, true);
                        } catch (DicomException e) {
                            throw new IOException(e);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (DicomException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new SeriesReference(o.patientStudy(), o.seriesInstanceUid(), o.frameOfReferenceUid(), "CT",
                CtAttributes.CT_IMAGE_STORAGE, sopUids, List.of());
    }

    private static int[] fileNumbers(int nz, CtWriteOptions o) {
        List<Integer> numbers = new ArrayList<>();
        for (int k = 0; k < nz; k++) {
            numbers.add(switch (o.fileOrder()) {
                case BY_POSITION, SHUFFLED -> k + 1;
                case REVERSED -> nz - k;
            });
        }
        if (o.fileOrder() == CtWriteOptions.FileOrder.SHUFFLED) {
            Collections.shuffle(numbers, new Random(o.shuffleSeed()));
        }
        return numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    private static AttributeList slice(ImageGeometry g, short[] hu, int k, String sopUid, CtWriteOptions o)
            throws DicomException {
        AttributeList l = new AttributeList();
        CtAttributes.common(l, o, g);
        CtAttributes.put(l, TagFromName.SOPClassUID, CtAttributes.CT_IMAGE_STORAGE);
        CtAttributes.put(l, TagFromName.SOPInstanceUID, sopUid);
        CtAttributes.put(l, TagFromName.ImageType, o.imageType().toArray(String[]::new));
        int instance = o.instanceOrder() == CtWriteOptions.InstanceOrder.ASCENDING ? k + 1 : g.nz() - k;
        CtAttributes.put(l, TagFromName.InstanceNumber, Integer.toString(instance));
        CtAttributes.plane(l, g, k, true);
        double[] p = g.indexToPhysical(0, 0, k);
        double[] n = Vec.cross(g.axis(0), g.axis(1));
        CtAttributes.putDs(l, TagFromName.SliceLocation, Vec.dot(p, Vec.unit(n)));
        CtAttributes.putDs(l, TagFromName.SliceThickness,
                o.sliceThicknessMm() != null ? o.sliceThicknessMm() : g.spacing(2));
        CtAttributes.put(l, TagFromName.RescaleIntercept, Integer.toString(o.rescaleIntercept()));
        CtAttributes.put(l, TagFromName.RescaleSlope, "1");
        if (o.rescaleType() != null) {
            CtAttributes.put(l, TagFromName.RescaleType, o.rescaleType());
        }
        short[] stored = CtAttributes.stored(hu, k * g.sliceSize(), g.sliceSize(), o);
        if (o.transferSyntax() == CtWriteOptions.OutputSyntax.RLE_LOSSLESS) {
            l.put(new OtherByteAttributeMultipleCompressedFrames(TagFromName.PixelData,
                    new byte[][] {RleEncoder.encode16(stored, 0, stored.length)}));
        } else {
            OtherWordAttribute pixels = new OtherWordAttribute(TagFromName.PixelData);
            pixels.setValues(stored);
            l.put(pixels);
        }
        FileMetaInformation.addFileMetaInformation(l, o.transferSyntax().uid(), "TACERISK");
        return l;
    }
}
