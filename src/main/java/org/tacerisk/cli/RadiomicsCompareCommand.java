package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.radiomics.compare.FeatureColumns;
import org.tacerisk.radiomics.compare.PyRadiomicsComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacerisk radiomics compare OURS.csv PYRADIOMICS.csv [--tolerance 1e-6]}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Agreement of our features with PyRadiomics', column by column: relative difference per feature,"
                + " the worst per image type and class, columns missing on either side (docs/pyradiomics.md).")
final class RadiomicsCompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OURS", description = "Our features: the CSV of tacerisk radiomics --out,"
            + " a PyRadiomics-style CSV or a JSON object of name to value.")
    Path ours;

    @Parameters(index = "1", paramLabel = "PYRADIOMICS", description = "PyRadiomics' features: its CSV (first row)"
            + " or a JSON object of name to value.")
    Path theirs;

    @Option(names = "--tolerance", paramLabel = "REL", defaultValue = "1e-6",
            description = "Relative difference counted as agreement (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--all", description = "List every feature's relative difference, not only those beyond the"
            + " tolerance.")
    boolean all;

    @Override
    public Integer call() {
        Map<String, Double> a = FeatureColumns.read(ours);
        Map<String, Double> b = FeatureColumns.read(theirs);
        PyRadiomicsComparison c = PyRadiomicsComparison.of(a, b);
        PrintWriter out = spec.commandLine().getOut();
        out.print(c.describe(tolerance));
        Map<String, Double> listed = all ? c.relativeDifference() : c.above(tolerance);
        if (!listed.isEmpty()) {
            out.println(all ? "relative difference per feature:" : "beyond the tolerance:");
            listed.forEach((k, d) -> out.println(String.format(Locale.ROOT, "  %s %.3e", k, d)));
        }
        out.flush();
        boolean agree = c.above(tolerance).isEmpty() && c.onlyTheirs().isEmpty();
        return agree ? ExitCodes.OK : 1;
    }
}
