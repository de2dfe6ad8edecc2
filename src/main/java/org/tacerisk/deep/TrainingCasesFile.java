package org.tacerisk.deep;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model folder's record of the rows a network learnt from ({@link DeepTrainer}): {@value #NAME} with
 * {@code patient_id,cohort,outcome,part} (part: {@code train} or {@code validation}, the internal early-stopping
 * split), one line per row in training order. It holds patient identifiers, so it stays in the research group's
 * model folder: a model bundle copies the folder without it, and model.json has only the counts per cohort.
 */
public final class TrainingCasesFile {

    public static final String NAME = "training-cases.csv";

    private TrainingCasesFile() {
    }

    /** Rows per cohort ("" for rows of unknown cohort), in order of first appearance. */
    static Map<String, Integer> rowsByCohort(List<TrainingCase> cases, Map<String, String> cohortById) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cases.forEach(c -> counts.merge(cohortById.getOrDefault(c.id(), ""), 1, Integer::sum));
        return counts;
    }

    /** The file's content (written with the model folder by {@link DjlModelFiles}). */
    static byte[] content(List<TrainingCase> cases, Map<String, String> cohortById, Split split) {
        boolean[] validation = new boolean[cases.size()];
        for (int i : split.validation()) {
            validation[i] = true;
        }
        StringBuilder csv = new StringBuilder("patient_id,cohort,outcome,part\n");
        for (int i = 0; i < cases.size(); i++) {
            TrainingCase c = cases.get(i);
            csv.append(field(c.id())).append(',').append(field(cohortById.getOrDefault(c.id(), ""))).append(',')
                    .append(c.label()).append(',').append(validation[i] ? "validation" : "train").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV field, quoted (with doubled quotes) when it holds a comma, quote or line break. */
    private static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
