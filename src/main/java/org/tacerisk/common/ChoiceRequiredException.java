package org.tacerisk.common;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input holds several things of which one must be chosen (the image series of a folder, the structure set of a
 * series, the ROI of a structure set, the segment of a SEG, the label of a label image) and none was chosen, or the
 * one chosen is not there. The candidates travel as data so that each front end words the remedy itself: a command
 * names its option, a cohort its manifest column, the workstation shows a list. The message names no option.
 */
public class ChoiceRequiredException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /** What must be chosen. */
    public enum Subject {
        SERIES("image series", "image series"), STRUCTURE_SET("structure set", "structure sets"), ROI("ROI", "ROIs"),
        SEGMENT("segment", "segments"), LABEL("label", "labels");

        private final String noun;
        private final String plural;

        Subject(String noun, String plural) {
            this.noun = noun;
            this.plural = plural;
        }

        public String noun() {
            return noun;
        }

        public String plural() {
            return plural;
        }
    }

    /**
     * One candidate.
     *
     * @param value       what to give to choose it (a series number or UID, an ROI name, a label value)
     * @param description how to show it, e.g. {@code label 2 "tumour": 36,500 voxels}
     */
    public record Choice(String value, String description) {
    }

    private final Subject subject;
    private final String requested;
    private final String problem;
    private final transient List<Choice> choices;

    /**
     * @param requested what was asked for, or null when nothing was chosen
     * @param problem   what is wrong, without the candidates, e.g. "holds 2 labels" or "has no label 3"
     * @param choices   the candidates to choose from (possibly none)
     */
    public ChoiceRequiredException(Path input, Subject subject, String requested, String problem,
            List<Choice> choices) {
        super(input, message(problem, choices));
        this.subject = subject;
        this.requested = requested;
        this.problem = problem;
        this.choices = List.copyOf(choices);
    }

    private static String message(String problem, List<Choice> choices) {
        return choices.isEmpty() ? problem : problem + "; choose one of: "
                + choices.stream().map(Choice::description).collect(Collectors.joining("; "));
    }

    public Subject subject() {
        return subject;
    }

    /** What was asked for, or null when nothing was chosen. */
    public String requested() {
        return requested;
    }

    /** The problem without the list of candidates. */
    public String problem() {
        return problem;
    }

    public List<Choice> choices() {
        return choices;
    }
}
