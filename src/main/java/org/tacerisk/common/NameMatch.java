package org.tacerisk.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The candidate a user named: the one whose name is exactly the (trimmed) text, else the only one whose name
 * matches ignoring case (flagged, so the caller can warn that "gtv-1" was taken as "GTV-1"). Shared by ROI, segment
 * and label names so that every kind of mask chooses by name the same way.
 *
 * @param index        position of the chosen candidate in the list given
 * @param ignoringCase true when only a case-insensitive match was found
 */
public record NameMatch(int index, boolean ignoringCase) {

    /**
     * @param candidates the names to choose from, each as a {@link ChoiceRequiredException.Choice} whose value is
     *                   the name
     * @throws ChoiceRequiredException when no name matches, or several do (the message lists them)
     */
    public static NameMatch find(Path input, ChoiceRequiredException.Subject subject,
            List<ChoiceRequiredException.Choice> candidates, String wanted) {
        String name = wanted == null ? "" : wanted.trim();
        List<Integer> exact = matching(candidates, v -> v.equals(name));
        if (exact.size() == 1) {
            return new NameMatch(exact.get(0), false);
        }
        if (exact.size() > 1) {
            throw new ChoiceRequiredException(input, subject, name, "the name '" + name + "' is shared by "
                    + exact.size() + " " + subject.plural() + ", so it cannot pick one", pick(candidates, exact));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<Integer> loose = matching(candidates, v -> v.toLowerCase(Locale.ROOT).equals(lower));
        if (loose.size() == 1) {
            return new NameMatch(loose.get(0), true);
        }
        if (loose.size() > 1) {
            throw new ChoiceRequiredException(input, subject, name, "no " + subject.noun() + " is named exactly '"
                    + name + "', and " + loose.size() + " are when case is ignored", pick(candidates, loose));
        }
        throw new ChoiceRequiredException(input, subject, name, "no " + subject.noun() + " named '" + name + "'",
                candidates);
    }

    private static List<Integer> matching(List<ChoiceRequiredException.Choice> candidates, Predicate<String> test) {
        return IntStream.range(0, candidates.size()).filter(i -> test.test(candidates.get(i).value().trim()))
                .boxed().toList();
    }

    private static List<ChoiceRequiredException.Choice> pick(List<ChoiceRequiredException.Choice> candidates,
            List<Integer> indices) {
        return indices.stream().map(candidates::get).toList();
    }
}
