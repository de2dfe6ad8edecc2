package org.tacerisk.cli;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.RowSelection;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --where COL=VALUE} option the statistics commands share (e.g. {@code cohort=train}). */
final class RowFilter {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--where", paramLabel = "COL=VALUE", description = "Use only rows where COL equals VALUE"
            + " (repeatable; all must hold), e.g. cohort=train.")
    List<String> conditions = new ArrayList<>();

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The selected rows; a malformed condition is a usage error, an unknown column or no match bad input. */
    DataTable apply(DataTable table) {
        return RowSelection.where(table, conditions());
    }

    /** As {@link #apply(DataTable)} with {@code fallback} conditions when none were given. */
    DataTable apply(DataTable table, List<String> fallback) {
        return RowSelection.where(table, conditions.isEmpty() ? fallback : conditions());
    }

    /** The conditions as given, each checked to read COL=VALUE (a usage error otherwise). */
    List<String> conditions() {
        for (String c : conditions) {
            if (c.indexOf('=') <= 0) {
                throw new CommandLine.ParameterException(mixee.commandLine(),
                        "--where needs COL=VALUE (for example cohort=train), not \"" + c + "\"");
            }
        }
        return List.copyOf(conditions);
    }

    /** ", rows where a=b and c=d", or "" without conditions (for messages). */
    String describe() {
        return conditions.isEmpty() ? "" : ", rows where " + String.join(" and ", conditions);
    }
}
