package org.tacerisk.radiomics.ibsi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;

/**
 * Reads IBSI-1's machine-readable reference table ({@code reference_values.csv}: family, feature, ibsi_code,
 * aggregation, aggregation_code, variant, data, value, tolerance, consensus; fields with commas are quoted).
 */
public final class IbsiReference {

    private static final int COLUMNS = 10;

    private IbsiReference() {
    }

    public static List<ReferenceRow> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<ReferenceRow> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitQuoted(line);
            if (f.size() != COLUMNS) {
                throw new BadInputException(csv, "line " + (n + 1) + " has " + f.size() + " fields, expected "
                        + COLUMNS);
            }
            rows.add(new ReferenceRow(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7),
                    f.get(8).isBlank() ? 0 : Double.parseDouble(f.get(8)), f.get(9)));
        }
        return rows;
    }

    /** The rows of one data set ({@code dig_phantom}, {@code config_A}, ...). */
    public static List<ReferenceRow> forDataSet(List<ReferenceRow> rows, String dataSet) {
        return rows.stream().filter(r -> r.dataSet().equals(dataSet)).toList();
    }

    static List<String> splitQuoted(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
