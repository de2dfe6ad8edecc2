package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Null-safe access to PixelMed attribute values. Damaged headers hold anything (empty values, "abc" in a DS,
 * NaN): every getter returns null or the default instead of throwing.
 */
final class DicomAttributes {

    /** Missing from Debian's TagFromName (see stack notes). */
    static final AttributeTag REFERENCED_FRAME_OF_REFERENCE_SEQUENCE = new AttributeTag(0x3006, 0x0010);

    private DicomAttributes() {
    }

    static String string(AttributeList l, AttributeTag tag) {
        try {
            String v = Attribute.getSingleStringValueOrNull(l, tag);
            if (v == null) {
                return null;
            }
            v = v.trim();
            return v.isEmpty() ? null : v;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<String> strings(AttributeList l, AttributeTag tag) {
        try {
            String[] values = Attribute.getStringValues(l, tag);
            List<String> result = new ArrayList<>();
            if (values != null) {
                for (String v : values) {
                    if (v != null) {
                        result.add(v.trim());
                    }
                }
            }
            return List.copyOf(result);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    static int integer(AttributeList l, AttributeTag tag, int fallback) {
        Integer v = integerOrNull(l, tag);
        return v == null ? fallback : v;
    }

    static Integer integerOrNull(AttributeList l, AttributeTag tag) {
        String s = string(l, tag);
        if (s == null) {
            Attribute a = l.get(tag);
            if (a == null || a.getVM() == 0) {
                return null;
            }
            try {
                int[] values = a.getIntegerValues();
                return values != null && values.length > 0 ? values[0] : null;
            } catch (Exception e) {
                return null;
            }
        }
        try {
            return (int) Math.round(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static double[] doubles(AttributeList l, AttributeTag tag) {
        Attribute a = l.get(tag);
        if (a == null || a.getVM() == 0) {
            return null;
        }
        try {
            String[] values = a.getStringValues();
            if (values == null) {
                return null;
            }
            double[] result = new double[values.length];
            for (int n = 0; n < values.length; n++) {
                result[n] = Double.parseDouble(values[n].trim());
            }
            return result;
        } catch (Exception e) {
            return null;
        }
    }

    static Double doubleOrNull(AttributeList l, AttributeTag tag) {
        double[] v = doubles(l, tag);
        return v != null && v.length > 0 && Double.isFinite(v[0]) ? v[0] : null;
    }

    static double doubleOr(AttributeList l, AttributeTag tag, double fallback) {
        Double v = doubleOrNull(l, tag);
        return v == null ? fallback : v;
    }
}
