package org.tacerisk.radiomics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tacerisk.common.AtomicFiles;

/**
 * Feature values as a long-format CSV (one row per value) that joins to IBSI's tables by code and to PyRadiomics
 * output by name. Values are written with full precision (shortest round-trip decimal), never rounded.
 */
public final class FeatureTable {

    public static final String HEADER =
            "family,feature,ibsi_code,aggregation_code,variant,pyradiomics_name,value,undefined_reason";

    private FeatureTable() {
    }

    public static void writeCsv(List<FeatureValue> features, Path out) throws IOException {
        AtomicFiles.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write(toCsv(features));
            w.flush();
        });
    }

    public static String toCsv(List<FeatureValue> features) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (FeatureValue f : features) {
            sb.append(f.family().csvName()).append(',').append(quote(f.feature())).append(',').append(f.ibsiCode())
                    .append(',').append(f.aggregationCode()).append(',').append(f.variant()).append(',')
                    .append(f.pyradiomicsName()).append(',').append(Double.isNaN(f.value()) ? "NaN" : f.value())
                    .append(',').append(quote(f.undefinedReason())).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
