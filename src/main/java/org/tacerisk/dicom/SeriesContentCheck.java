package org.tacerisk.dicom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tacerisk.common.Finding;
import org.tacerisk.dicom.InstanceHeader.FrameGeometry;

/**
 * Per-file checks of a series before any geometry: can the pixels be decoded, are they Hounsfield units, does every
 * frame carry its position. Expands usable files into slices (one per frame).
 */
final class SeriesContentCheck {

    private SeriesContentCheck() {
    }

    static void check(List<InstanceHeader> headers, List<Finding> findings, List<SlicePlan.Slice> slices) {
        Set<String> unsupported = new LinkedHashSet<>();
        Set<String> formats = new LinkedHashSet<>();
        Set<String> modalities = new LinkedHashSet<>();
        Set<String> rescaleTypes = new LinkedHashSet<>();
        List<String> missingGeometry = new ArrayList<>();
        boolean missingRescale = false;
        for (InstanceHeader h : headers) {
            if (h.modality() != null) {
                modalities.add(h.modality());
            }
            if (!TransferSyntaxes.isDecodable(h.transferSyntaxUid())) {
                if (unsupported.add(h.transferSyntaxUid())) {
                    findings.add(DicomFindings.unsupportedTransferSyntax(h.transferSyntaxUid(), h.fileName()));
                }
                continue;
            }
            if (!h.hasPixelData()) {
                findings.add(DicomFindings.unreadable(h.fileName(), "it contains no image data", true));
                continue;
            }
            if (h.pixelDataEnd() > h.fileSize()) {
                findings.add(DicomFindings.unreadable(h.fileName(), "the file is truncated: it ends "
                        + (h.pixelDataEnd() - h.fileSize()) + " bytes before the end of the image data", true));
                continue;
            }
            String format = pixelFormatProblem(h);
            if (format != null) {
                if (formats.add(format)) {
                    findings.add(Finding.error(DicomFindings.UNSUPPORTED_PIXEL_FORMAT,
                            "The images cannot be used: " + format + ".",
                            "Choose a greyscale CT series.").about(h.fileName()));
                }
                continue;
            }
            missingRescale |= !h.rescalePresent();
            for (FrameGeometry f : h.frames()) {
                if (f.rescaleType() != null && !f.rescaleType().equalsIgnoreCase("HU")) {
                    rescaleTypes.add(f.rescaleType());
                }
                if (f.hasGeometry()) {
                    slices.add(new SlicePlan.Slice(h, f, 0));
                } else {
                    missingGeometry.add(h.fileName() + (h.isMultiFrame() ? " frame " + f.frameNumber() : ""));
                }
            }
        }
        if (!missingGeometry.isEmpty()) {
            findings.add(Finding.error(DicomFindings.MISSING_GEOMETRY, missingGeometry.size()
                    + " image(s) lack their position, orientation or pixel size (ImagePositionPatient,"
                    + " ImageOrientationPatient, PixelSpacing), e.g. " + missingGeometry.get(0)
                    + ": the volume cannot be built in patient coordinates.",
                    "Export the original series from the scanner or PACS, not a screenshot or secondary capture."));
        }
        boolean ct = modalities.contains("CT");
        if (!modalities.isEmpty() && !(ct && modalities.size() == 1)) {
            findings.add(Finding.warning(DicomFindings.NOT_CT, "The modality is " + String.join(", ", modalities)
                    + ", not CT: the model was developed on contrast-enhanced CT.",
                    "Results on other modalities are not validated; use them for research only."));
        }
        if (!rescaleTypes.isEmpty()) {
            findings.add(Finding.warning(DicomFindings.RESCALE_TYPE, "The pixel values are in "
                    + String.join(", ", rescaleTypes) + " (RescaleType), not Hounsfield units.",
                    "Density thresholds and radiomics assume HU; check the source series."));
        } else if (ct && missingRescale) {
            findings.add(Finding.warning(DicomFindings.MISSING_RESCALE, "Some images have no RescaleSlope/"
                    + "RescaleIntercept; their stored values are taken as Hounsfield units unchanged.",
                    "Check that air reads about -1000 HU; if not, re-export the series from PACS."));
        }
    }

    private static String pixelFormatProblem(InstanceHeader h) {
        if (h.samplesPerPixel() != 1) {
            return "they are colour images (" + h.samplesPerPixel() + " samples per pixel)";
        }
        if (h.bitsAllocated() != 16 && h.bitsAllocated() != 8) {
            return "they use " + h.bitsAllocated() + " bits per pixel (8 or 16 expected)";
        }
        if (h.rows() <= 0 || h.columns() <= 0) {
            return "the image size (Rows, Columns) is missing";
        }
        if (h.numberOfFrames() > 1 && h.frames().size() != h.numberOfFrames()) {
            return "a multi-frame image without per-frame positions";
        }
        return null;
    }
}
