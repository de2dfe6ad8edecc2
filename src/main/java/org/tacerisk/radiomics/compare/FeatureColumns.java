package org.tacerisk.radiomics.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;

/**
 * One case's feature values by PyRadiomics column name, read from any of: TACE-Risk's long CSV
 * ({@code tacerisk radiomics --out}: columns pyradiomics_name and value), a PyRadiomics CSV (one column per feature,
 * first data row; {@code diagnostics_*} and non-numeric columns are skipped) or a JSON object of name → value.
 */
public final class FeatureColumns {

    private FeatureColumns() {
    }

    public static Map<String, Double> read(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return json(file);
        }
        CsvRecords.Table table;
        try {
            table = CsvRecords.read(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read feature file: " + e.getMessage(), e);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        for (CsvRecords.Line line : table.lines()) {
            if (line.error() != null) {
                throw new BadInputException(file, line.error());
            }
            rows.add(line.cells());
        }
        if (rows.size() < 2) {
            throw new BadInputException(file, "a feature CSV needs a header and at least one row");
        }
        List<String> header = rows.get(0);
        int name = header.indexOf("pyradiomics_name");
        int value = header.indexOf("value");
        Map<String, Double> out = new LinkedHashMap<>();
        if (name >= 0 && value >= 0) {
            for (List<String> row : rows.subList(1, rows.size())) {
                Double v = row.size() > Math.max(name, value) ? number(row.get(value)) : null;
                if (v != null && !row.get(name).isEmpty()) {
                    out.put(row.get(name), v);
                }
            }
            return out;
        }
        List<String> first = rows.get(1);
        for (int c = 0; c < header.size() && c < first.size(); c++) {
            String column = header.get(c);
            Double v = number(first.get(c));
            if (!column.startsWith("diagnostics_") && v != null) {
                out.put(column, v);
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(file, "no numeric feature column found (expected PyRadiomics columns such as"
                    + " original_firstorder_Mean, or TACE-Risk's pyradiomics_name and value)");
        }
        return out;
    }

    private static Map<String, Double> json(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            Map<String, Double> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    out.put(e.getKey(), e.getValue().asDouble());
                }
            });
            return out;
        } catch (IOException e) {
            throw new BadInputException(file, "not a JSON object of feature name to value: " + e.getMessage(), e);
        }
    }

    private static Double number(String s) {
        String t = s.trim();
        if (t.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
