package org.tacerisk.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.tacerisk.common.AppTemp;
import org.tacerisk.common.BadInputException;
import org.tacerisk.dicom.SegReader;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/** A case file as read by {@link CaseFile#open}: its manifest now, its mask once the series is loaded. */
public final class OpenedCase {

    private final Path file;
    private final int formatVersion;
    private final String softwareVersion;
    private final Instant modified;
    private final CaseContents contents;
    private final byte[] seg;

    OpenedCase(Path file, int formatVersion, String softwareVersion, Instant modified, CaseContents contents,
            byte[] seg) {
        this.file = file;
        this.formatVersion = formatVersion;
        this.softwareVersion = softwareVersion;
        this.modified = modified;
        this.contents = contents;
        this.seg = seg.clone();
    }

    public Path file() {
        return file;
    }

    /** The case file format it was written in (at most {@link CaseFile#FORMAT_VERSION}). */
    public int formatVersion() {
        return formatVersion;
    }

    /** The TACE-Risk version that wrote it. */
    public String softwareVersion() {
        return softwareVersion;
    }

    /** When it was last saved. */
    public Instant modified() {
        return modified;
    }

    public CaseContents contents() {
        return contents;
    }

    /**
     * The tumour mask on the grid of the series the caller loaded (found by {@code contents().series()}).
     *
     * @throws BadInputException naming the case file when the mask does not lie on that grid
     */
    public Mask mask(ImageGeometry grid) throws IOException {
        return withSegFile(file, seg, path -> SegReader.read(path, CaseFile.SEGMENT_LABEL, grid));
    }

    /** The difference between the bundle that computed the results and {@code current}, if any. */
    public Optional<BundleMismatch> bundleMismatch(BundleIdentity current) {
        return contents.bundle().equals(current) ? Optional.empty()
                : Optional.of(new BundleMismatch(contents.bundle(), current));
    }

    @FunctionalInterface
    interface SegRead<T> {
        T read(Path seg) throws IOException;
    }

    /**
     * Runs {@code read} on the SEG bytes in a temporary file (the DICOM readers read files); a refusal names the
     * case file and the mask entry, not the temporary file.
     */
    static <T> T withSegFile(Path caseFile, byte[] seg, SegRead<T> read) throws IOException {
        Path temp = AppTemp.file("case-mask", ".dcm");
        try {
            Files.write(temp, seg);
            return read.read(temp);
        } catch (BadInputException e) {
            String prefix = temp + ": ";
            String why = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length())
                    : e.getMessage();
            throw new BadInputException(caseFile, "its mask (" + CaseFile.MASK + "): " + why, e.findings(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
