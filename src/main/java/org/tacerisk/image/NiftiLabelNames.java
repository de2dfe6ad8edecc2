package org.tacerisk.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacerisk.common.BadInputException;

/**
 * Label names from a side file next to a NIfTI label image (docs/predict.md, "Label images"). For
 * {@code NAME.nii.gz} or {@code NAME.nii} the first of {@code NAME.label.txt}, {@code NAME.txt}, {@code NAME.ctbl}
 * and {@code NAME_ColorTable.ctbl} (3D Slicer's export name) that exists is read. Two formats, told apart line by
 * line: ITK-SNAP's label description file ({@code IDX -R- -G- -B- -A-- VIS MSH "LABEL"}) and 3D Slicer's colour
 * table ({@code index name R G B A}, spaces in names written as underscores). Lines starting with # are comments;
 * label 0 (ITK-SNAP's "Clear Label", Slicer's "Background") is outside and ignored.
 */
final class NiftiLabelNames {

    /** ITK-SNAP: index, then colour and visibility numbers, then the quoted label. */
    private static final Pattern ITK_SNAP = Pattern.compile("(\\d+)(?:\\s+[-+0-9.eE]+)*\\s+\"(.*)\"");
    /** Slicer: index name R G B A, anything after A ignored (as Slicer does). */
    private static final Pattern SLICER = Pattern.compile("(\\d+)\\s+(\\S+)\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+(\\s.*)?");

    private NiftiLabelNames() {
    }

    /** The side files looked for, in order. */
    static List<Path> candidates(Path mask) {
        String name = mask.getFileName().toString();
        String base = name.replaceFirst("(?i)\\.nii(\\.gz)?$", "");
        return List.of(mask.resolveSibling(base + ".label.txt"), mask.resolveSibling(base + ".txt"),
                mask.resolveSibling(base + ".ctbl"), mask.resolveSibling(base + "_ColorTable.ctbl"));
    }

    /** The side file of {@code mask}, or null when there is none. */
    static Path find(Path mask) {
        return candidates(mask).stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /**
     * Label value → name, ascending, without label 0.
     *
     * @throws BadInputException when a line is in neither format or a label is named twice
     */
    static Map<Long, String> read(Path file) throws IOException {
        Map<Long, String> names = new TreeMap<>();
        Map<Long, Integer> lineOf = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("# color procedural file")) {
                    throw new BadInputException(file, "is a continuous colour scale, not a table of label names;"
                            + " give the label table of the mask (or move this file away)");
                }
                continue;
            }
            Matcher m = ITK_SNAP.matcher(line);
            if (!m.matches()) {
                m = SLICER.matcher(line);
            }
            if (!m.matches()) {
                throw new BadInputException(file, "line " + (n + 1) + " is neither an ITK-SNAP label description"
                        + " (IDX R G B A VIS MSH \"LABEL\") nor a 3D Slicer colour table entry (index name R G B A);"
                        + " this file is read because it is named like the mask's label table: fix it, or rename it"
                        + " if it is something else");
            }
            long label;
            try {
                label = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new BadInputException(file, "line " + (n + 1) + ": label " + m.group(1) + " is too large");
            }
            Integer earlier = lineOf.putIfAbsent(label, n + 1);
            if (earlier != null) {
                throw new BadInputException(file, "label " + label + " is named on line " + earlier + " and again"
                        + " on line " + (n + 1) + "; keep one name per label");
            }
            if (label != 0) {
                names.put(label, m.group(2).strip());
            }
        }
        return names;
    }
}
