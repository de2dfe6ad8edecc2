package org.tacerisk.cohort.synth;

/**
 * How many patients go into each cohort. The study had 475 patients: 266 training, 114 testing and 95 external
 * (another hospital). Other sizes keep those shares (rounded), with at least one test and one external patient so
 * that every downstream step (validation, external validation) has something to run on.
 */
public record CohortSplit(int train, int test, int external) {

    public static final int STUDY_PATIENTS = 475;
    public static final int STUDY_TRAIN = 266;
    public static final int STUDY_TEST = 114;

    public static final String TRAIN = "train";
    public static final String TEST = "test";
    public static final String EXTERNAL = "external";

    public CohortSplit {
        if (train < 1 || test < 1 || external < 1) {
            throw new IllegalArgumentException("every cohort needs a patient: " + train + "/" + test + "/" + external);
        }
    }

    /** The study's proportions applied to {@code patients} (at least 3). */
    public static CohortSplit of(int patients) {
        if (patients < 3) {
            throw new IllegalArgumentException("a cohort needs at least 3 patients (train, test, external); got "
                    + patients);
        }
        int test = Math.max(1, (int) Math.round((double) patients * STUDY_TEST / STUDY_PATIENTS));
        int train = (int) Math.round((double) patients * STUDY_TRAIN / STUDY_PATIENTS);
        // Rounding may leave no external patient for tiny N; training gives way, never below one patient.
        train = Math.max(1, Math.min(train, patients - test - 1));
        return new CohortSplit(train, test, patients - train - test);
    }

    public int total() {
        return train + test + external;
    }

    /** The cohort of patient {@code index} (0-based): training first, then testing, then external, as in the study. */
    public String cohortOf(int index) {
        if (index < 0 || index >= total()) {
            throw new IndexOutOfBoundsException(index);
        }
        return index < train ? TRAIN : index < train + test ? TEST : EXTERNAL;
    }
}
