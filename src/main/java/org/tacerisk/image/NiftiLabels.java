package org.tacerisk.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.ChoiceRequiredException.Choice;
import org.tacerisk.common.ChoiceRequiredException.Subject;
import org.tacerisk.common.NameMatch;

/**
 * A NIfTI mask as what it is: a label image, whole numbers with 0 outside, where each other value is one region
 * (a tumour, a shell around it, an organ). Lists the labels with their voxel counts and names, and reads one label
 * as a {@link Mask}. A mask with one label needs no choice; with several, merging them would measure the wrong
 * region, so the caller must name one: by value ("2") or by the name a side file gives it ("tumour", see
 * {@link NiftiLabelNames} for the files looked for). The workstation's import and every command call this.
 */
public final class NiftiLabels {

    /**
     * One label present in the image.
     *
     * @param value  the voxel value
     * @param voxels how many voxels carry it
     * @param name   its name from the side file, "" when none
     */
    public record Label(long value, long voxels, String name) {

        /** {@code label 2 "tumour": 36,500 voxels}. */
        public String describe() {
            return String.format(Locale.ROOT, "label %d%s: %,d voxels", value, name.isEmpty() ? "" : " \"" + name
                    + "\"", voxels);
        }
    }

    /**
     * What a label image holds.
     *
     * @param labels    the labels present, ascending (0 is outside and not listed)
     * @param namesFile the side file the names came from, or null when there is none
     */
    public record Listing(ImageGeometry geometry, List<Label> labels, Path namesFile) {

        public Listing {
            labels = List.copyOf(labels);
        }
    }

    private static final String WHOLE_NUMBER = "\\d+";

    private NiftiLabels() {
    }

    /**
     * The labels of {@code mask} with their voxel counts and names.
     *
     * @throws BadInputException when a voxel is not a label (NaN, negative, not a whole number) or the side file
     *                           is unreadable
     */
    public static Listing list(Path mask) throws IOException {
        NiftiLabelScan scan = NiftiLabelScan.of(mask, false);
        Path namesFile = NiftiLabelNames.find(mask);
        return new Listing(scan.geometry(), labels(scan, namesFile), namesFile);
    }

    /** The side file that names the labels of {@code mask}, or null (for cache keys: the names steer the choice). */
    public static Path namesFile(Path mask) {
        return NiftiLabelNames.find(mask);
    }

    /**
     * The voxels of one label.
     *
     * @param choice a label value ("2") or a name from the side file ("tumour"); null when the image holds at most
     *               one label. A name given for an image with one label and no side file cannot be checked and is
     *               taken to mean that label.
     * @throws ChoiceRequiredException when several labels are present and none is chosen, or the chosen one is
     *                                 absent; the choices list every label with its voxel count
     * @throws BadInputException       when a voxel is not a label
     */
    public static Mask read(Path mask, String choice) throws IOException {
        NiftiLabelScan scan = NiftiLabelScan.of(mask, true);
        Map<Long, Long> counts = scan.counts();
        String wanted = choice == null ? "" : choice.trim();
        if (wanted.isEmpty()) {
            if (counts.size() > 1) {
                throw choiceRequired(mask, null, "holds " + counts.size() + " labels (regions)", scan);
            }
            return counts.isEmpty() ? Mask.empty(scan.geometry()) : scan.mask(mask, counts.keySet().iterator().next());
        }
        long label = wanted.matches(WHOLE_NUMBER) ? number(mask, wanted, scan) : named(mask, wanted, scan);
        if (!counts.containsKey(label)) {
            throw choiceRequired(mask, wanted, "has no voxel with label " + label + (counts.isEmpty()
                    ? " (every voxel is 0: the mask is empty)" : ""), scan);
        }
        return scan.mask(mask, label);
    }

    private static long number(Path mask, String wanted, NiftiLabelScan scan) {
        try {
            return Long.parseLong(wanted);
        } catch (NumberFormatException e) {
            throw choiceRequired(mask, wanted, "has no label " + wanted, scan);
        }
    }

    /** The value a side-file name stands for; without a side file only a one-label image accepts a name. */
    private static long named(Path mask, String wanted, NiftiLabelScan scan) throws IOException {
        Path namesFile = NiftiLabelNames.find(mask);
        Map<Long, Long> counts = scan.counts();
        if (namesFile == null) {
            if (counts.size() == 1) {
                return counts.keySet().iterator().next();
            }
            throw choiceRequired(mask, wanted, "has no label names (no label table next to it, such as "
                    + NiftiLabelNames.candidates(mask).get(0).getFileName() + "), so '" + wanted
                    + "' cannot be found; choose a label by its number", scan);
        }
        List<Map.Entry<Long, String>> named = new ArrayList<>(NiftiLabelNames.read(namesFile).entrySet());
        List<Choice> candidates = named.stream().map(e -> new Choice(e.getValue(), "label " + e.getKey() + " \""
                + e.getValue() + "\"")).toList();
        try {
            return named.get(NameMatch.find(namesFile, Subject.LABEL, candidates, wanted).index()).getKey();
        } catch (ChoiceRequiredException e) {
            throw choiceRequired(mask, wanted, e.problem() + " in " + namesFile.getFileName(), scan);
        }
    }

    private static ChoiceRequiredException choiceRequired(Path mask, String requested, String problem,
            NiftiLabelScan scan) {
        List<Label> labels;
        try {
            labels = labels(scan, NiftiLabelNames.find(mask));
        } catch (IOException | BadInputException e) {
            labels = labels(scan, Map.of());
        }
        return new ChoiceRequiredException(mask, Subject.LABEL, requested, problem, labels.stream()
                .map(l -> new Choice(Long.toString(l.value()), l.describe())).toList());
    }

    private static List<Label> labels(NiftiLabelScan scan, Path namesFile) throws IOException {
        return labels(scan, namesFile == null ? Map.of() : NiftiLabelNames.read(namesFile));
    }

    private static List<Label> labels(NiftiLabelScan scan, Map<Long, String> names) {
        List<Label> out = new ArrayList<>();
        scan.counts().forEach((value, voxels) -> out.add(new Label(value, voxels, names.getOrDefault(value, ""))));
        return out;
    }
}
