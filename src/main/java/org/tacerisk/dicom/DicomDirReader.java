package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the file references of a DICOMDIR (PS3.10 / PS3.3 F.3): every ReferencedFileID (0004,1500) in the
 * DirectoryRecordSequence (0004,1220), a path relative to the DICOMDIR's folder given as components. Media written
 * on Windows name files in upper case while a Linux copy may be lower case, so names are matched ignoring case.
 */
final class DicomDirReader {

    /** Files the DICOMDIR names: those present, and the references that could not be found. */
    record References(List<Path> present, List<String> missing) {
    }

    private DicomDirReader() {
    }

    static boolean isDicomDir(Path file) {
        return file.getFileName().toString().equalsIgnoreCase("DICOMDIR");
    }

    static References read(Path dicomDir) throws IOException {
        AttributeList list = new AttributeList();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dicomDir), 1 << 16)) {
            list.read(new DicomInputStream(in));
        } catch (DicomException | RuntimeException e) {
            throw new IOException("unreadable DICOMDIR: " + e.getMessage(), e);
        }
        Set<Path> present = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        SequenceAttribute records = HeaderReader.sequence(list, TagFromName.DirectoryRecordSequence);
        Path base = dicomDir.toAbsolutePath().getParent();
        for (int i = 0; records != null && i < records.getNumberOfItems(); i++) {
            List<String> components = DicomAttributes.strings(records.getItem(i).getAttributeList(),
                    TagFromName.ReferencedFileID);
            if (components.isEmpty()) {
                continue;
            }
            Path file = resolveIgnoringCase(base, components);
            if (file != null && Files.isRegularFile(file)) {
                present.add(file.normalize());
            } else {
                missing.add(String.join("/", components));
            }
        }
        return new References(List.copyOf(present), List.copyOf(missing));
    }

    private static Path resolveIgnoringCase(Path base, List<String> components) throws IOException {
        Path current = base;
        for (String component : components) {
            if (component.isEmpty() || component.equals("..") || component.equals(".")) {
                return null; // a reference may not leave the medium
            }
            Path exact = current.resolve(component);
            if (Files.exists(exact)) {
                current = exact;
                continue;
            }
            Path match = null;
            if (Files.isDirectory(current)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(current)) {
                    for (Path e : entries) {
                        if (e.getFileName().toString().equalsIgnoreCase(component)) {
                            match = e;
                            break;
                        }
                    }
                }
            }
            if (match == null) {
                return null;
            }
            current = match;
        }
        return current;
    }
}
