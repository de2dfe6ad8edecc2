package org.tacerisk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one shuffle of the stratified splits (the deep model's train/validation split, the held-out part of a model
 * update): the indices whose label is {@code label}, in index order, then shuffled by Fisher–Yates from the last
 * position down with {@code random.nextInt(i + 1)}, so a seed gives the same split on every machine.
 */
public final class ClassShuffle {

    private ClassShuffle() {
    }

    public static List<Integer> members(int[] labels, int label, SplittableRandom random) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                members.add(i);
            }
        }
        for (int i = members.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = members.get(i);
            members.set(i, members.get(j));
            members.set(j, t);
        }
        return members;
    }
}
