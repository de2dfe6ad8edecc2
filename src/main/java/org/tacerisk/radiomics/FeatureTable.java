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
 * output by name. The last column, {@code image_type}, names the image a row was computed on ("original" or an
 * IBSI-2 filter response map such as "log-sigma-3-0-mm-3D"), so one IBSI code appears once per image type.
 * Values are written with full precision (shortest round-trip decimal), never rounded.
 */
public final class FeatureTable {

    public static final String HEADER =
            "family,feature,ibsi_code,aggregation_code,variant,pyradiomics_name,value,undefined_reason,image_type";

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
                    .append(',').append(quote(f.undefinedReason())).append(',').append(quote(f.imageType()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
