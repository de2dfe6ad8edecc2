package org.tacerisk.radiomics.filter;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of a comma-separated file with double-quoted fields (the IBSI-2 response-map index). */
final class IndexCsv {

    private IndexCsv() {
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int n = 0; n < line.length(); n++) {
            char c = line.charAt(n);
            if (quoted) {
                if (c == '"' && n + 1 < line.length() && line.charAt(n + 1) == '"') {
                    field.append('"');
                    n++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
