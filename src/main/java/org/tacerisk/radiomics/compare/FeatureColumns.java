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

/**
 * One case's feature values by PyRadiomics column name, read from any of: TACE-Risk's long CSV
 * ({@code tacerisk radiomics --out}: columns pyradiomics_name and value), a PyRadiomics CSV (one column per feature,
 * first data row; {@code diagnostics_*} and non-numeric columns are skipped) or a JSON object of name → value.
 */
public final class FeatureColumns {

    private FeatureColumns() {
    }

    public static Map<String, Double> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read feature file: " + e.getMessage(), e);
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return json(text, file);
        }
        List<List<String>> rows = csv(text);
        if (rows.size() < 2) {
            throw new BadInputException(file, "a feature CSV needs a header and at least one row");
        }
        List<String> header = rows.get(0);
        int name = header.indexOf("pyradiomics_name");
        int value = header.indexOf("value");
        Map<String, Double> out = new LinkedHashMap<>();
        if (name >= 0 && value >= 0) {
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() > Math.max(name, value) && !row.get(name).isEmpty()) {
                    out.put(row.get(name), number(row.get(value)));
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

    private static Map<String, Double> json(String text, Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(text);
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

    /** RFC 4180 rows (quoted fields may hold commas and doubled quotes). */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
