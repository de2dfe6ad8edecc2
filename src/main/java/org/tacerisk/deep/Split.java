package org.tacerisk.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tacerisk.common.ClassShuffle;

/** A seeded, stratified train/validation split of case indices (each class split in the same proportion). */
record Split(int[] train, int[] validation) {

    /** Each class with n cases gives round(f·n) (at least 1, at most n − 1) to validation. */
    static Split stratified(List<TrainingCase> cases, double valFraction, SplittableRandom random) {
        List<Integer> train = new ArrayList<>();
        List<Integer> val = new ArrayList<>();
        int[] labels = cases.stream().mapToInt(TrainingCase::label).toArray();
        for (int label = 0; label <= 1; label++) {
            List<Integer> members = ClassShuffle.members(labels, label, random);
            int nVal = (int) Math.max(1, Math.min(members.size() - 1, Math.round(valFraction * members.size())));
            val.addAll(members.subList(0, nVal));
            train.addAll(members.subList(nVal, members.size()));
        }
        return new Split(train.stream().mapToInt(Integer::intValue).sorted().toArray(),
                val.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
}
