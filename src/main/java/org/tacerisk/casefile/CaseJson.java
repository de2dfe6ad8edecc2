package org.tacerisk.casefile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.predict.CaseMeasurement;

/**
 * {@code case.json}, the case file's manifest (docs/case-file.md), written and read field by field so that the
 * schema is exactly what the document says: unknown or missing fields are refused, numbers are written in Java's
 * shortest round-trip form and read back to the same double.
 */
final class CaseJson {

    /** The manifest as read: the contents plus what the writer added. */
    record Read(int formatVersion, String softwareVersion, Instant modified, CaseContents contents) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CaseJson() {
    }

    static byte[] write(CaseContents c, String softwareVersion, Instant modified) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", CaseFile.FORMAT_VERSION);
            g.writeStringField("softwareVersion", softwareVersion);
            g.writeStringField("created", c.created().toString());
            g.writeStringField("modified", modified.toString());
            g.writeObjectFieldStart("series");
            g.writeStringField("studyInstanceUid", c.series().studyInstanceUid());
            g.writeStringField("seriesInstanceUid", c.series().seriesInstanceUid());
            g.writeStringField("frameOfReferenceUid", c.series().frameOfReferenceUid());
            g.writeStringField("dicomFolder", c.series().dicomFolder().toString());
            g.writeEndObject();
            g.writeObjectFieldStart("bundle");
            g.writeStringField("name", c.bundle().name());
            g.writeStringField("version", c.bundle().version());
            g.writeStringField("manifestSha256", c.bundle().manifestSha256());
            g.writeEndObject();
            g.writeArrayFieldStart("values");
            for (EnteredValue v : c.values()) {
                g.writeStartObject();
                g.writeStringField("predictorId", v.predictorId());
                g.writeStringField("text", v.text());
                g.writeNumberField("value", v.value());
                g.writeStringField("unit", v.unit());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeMeasurement(g, c.measurement());
            writeResult(g, c.result());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeMeasurement(JsonGenerator g, CaseMeasurement m) throws IOException {
        g.writeFieldName("measurement");
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("bundleName", m.bundleName());
        g.writeStringField("bundleVersion", m.bundleVersion());
        g.writeStringField("manifestSha256", m.manifestSha256());
        g.writeObjectFieldStart("features");
        for (Map.Entry<String, Double> f : m.features().entrySet()) {
            // An undefined feature (NaN) is null: JSON has no NaN.
            if (f.getValue() == null || f.getValue().isNaN()) {
                g.writeNullField(f.getKey());
            } else {
                g.writeNumberField(f.getKey(), f.getValue());
            }
        }
        g.writeEndObject();
        writeNumbers(g, "signatureScores", m.signatureScores());
        g.writeNumberField("measuredSizeCm", m.measuredSizeCm());
        g.writeNumberField("volumeMl", m.volumeMl());
        g.writeArrayFieldStart("spacingMm");
        for (double s : m.spacingMm()) {
            g.writeNumber(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, CaseResult r) throws IOException {
        g.writeFieldName("result");
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("probability", r.probability());
        g.writeNumberField("probabilityLow", r.probabilityLow());
        g.writeNumberField("probabilityHigh", r.probabilityHigh());
        g.writeStringField("riskGroup", r.riskGroup());
        g.writeNumberField("riskGroupIndex", r.riskGroupIndex());
        g.writeNumberField("linearPredictor", r.linearPredictor());
        g.writeNumberField("linearPredictorSe", r.linearPredictorSe());
        writeNumbers(g, "points", r.points());
        g.writeNumberField("totalPoints", r.totalPoints());
        writeNumbers(g, "signatureScores", r.signatureScores());
        g.writeNumberField("measuredSizeCm", r.measuredSizeCm());
        g.writeEndObject();
    }

    private static void writeNumbers(JsonGenerator g, String field, Map<String, Double> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** A refusal inside case.json; {@link CaseFile} names the case file. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static Read read(byte[] bytes) throws Invalid {
        JsonNode root;
        try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            root = JSON.readTree(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Invalid("case.json is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new Invalid("case.json cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) { // empty input reads as no tree
            throw new Invalid("case.json is not a JSON object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt() || version.intValue() < 1) {
            throw new Invalid("case.json has no formatVersion (a whole number from 1)");
        }
        if (version.intValue() > CaseFile.FORMAT_VERSION) {
            throw new Invalid("it was written in case file format " + version.intValue() + " by a newer TACE-Risk;"
                    + " this version reads format " + CaseFile.FORMAT_VERSION + " and older: open it with a newer"
                    + " TACE-Risk");
        }
        try {
            Fields top = new Fields(root, "");
            top.only("formatVersion", "softwareVersion", "created", "modified", "series", "bundle", "values",
                    "measurement", "result");
            Fields s = top.object("series");
            s.only("studyInstanceUid", "seriesInstanceUid", "frameOfReferenceUid", "dicomFolder");
            SeriesLocation series = new SeriesLocation(s.text("studyInstanceUid"), s.text("seriesInstanceUid"),
                    s.text("frameOfReferenceUid"), Path.of(s.text("dicomFolder")));
            Fields b = top.object("bundle");
            b.only("name", "version", "manifestSha256");
            BundleIdentity bundle = new BundleIdentity(b.text("name"), b.text("version"), b.text("manifestSha256"));
            List<EnteredValue> values = new ArrayList<>();
            for (Fields v : top.array("values")) {
                v.only("predictorId", "text", "value", "unit");
                values.add(new EnteredValue(v.text("predictorId"), v.text("text"), v.number("value"),
                        v.text("unit")));
            }
            CaseContents contents = new CaseContents(top.instant("created"), series, values, bundle,
                    top.isNull("measurement") ? null : measurement(top.object("measurement")),
                    top.isNull("result") ? null : result(top.object("result")));
            return new Read(version.intValue(), top.text("softwareVersion"), top.instant("modified"), contents);
        } catch (IllegalArgumentException e) {
            throw new Invalid("case.json: " + e.getMessage());
        }
    }

    private static CaseMeasurement measurement(Fields m) throws Invalid {
        m.only("bundleName", "bundleVersion", "manifestSha256", "features", "signatureScores", "measuredSizeCm",
                "volumeMl", "spacingMm");
        Map<String, Double> features = m.object("features").numbers(Fields::featureValue);
        List<Double> spacing = new ArrayList<>();
        for (JsonNode n : m.node("spacingMm")) {
            spacing.add(Fields.finite(n, m.path("spacingMm")));
        }
        return new CaseMeasurement(m.text("bundleName"), m.text("bundleVersion"), m.text("manifestSha256"), features,
                m.object("signatureScores").numbers(null), m.number("measuredSizeCm"), m.number("volumeMl"),
                spacing);
    }

    private static CaseResult result(Fields r) throws Invalid {
        r.only("probability", "probabilityLow", "probabilityHigh", "riskGroup", "riskGroupIndex", "linearPredictor",
                "linearPredictorSe", "points", "totalPoints", "signatureScores", "measuredSizeCm");
        JsonNode index = r.node("riskGroupIndex");
        if (!index.isInt()) {
            throw new Invalid("case.json: " + r.path("riskGroupIndex") + " is not a whole number");
        }
        return new CaseResult(r.number("probability"), r.number("probabilityLow"), r.number("probabilityHigh"),
                r.text("riskGroup"), index.intValue(), r.number("linearPredictor"), r.number("linearPredictorSe"),
                r.object("points").numbers(null), r.number("totalPoints"), r.object("signatureScores").numbers(null),
                r.number("measuredSizeCm"));
    }

    /** One JSON object of case.json, its path for messages. */
    private record Fields(JsonNode node, String at) {

        String path(String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        void only(String... known) throws Invalid {
            List<String> allowed = List.of(known);
            for (var names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw new Invalid("case.json has an unknown field " + path(name));
                }
            }
        }

        JsonNode node(String field) throws Invalid {
            JsonNode n = node.get(field);
            if (n == null) {
                throw new Invalid("case.json has no " + path(field));
            }
            return n;
        }

        boolean isNull(String field) throws Invalid {
            return node(field).isNull();
        }

        String text(String field) throws Invalid {
            JsonNode n = node(field);
            if (!n.isTextual()) {
                throw new Invalid("case.json: " + path(field) + " is not a text");
            }
            return n.textValue();
        }

        double number(String field) throws Invalid {
            return finite(node(field), path(field));
        }

        Instant instant(String field) throws Invalid {
            try {
                return Instant.parse(text(field));
            } catch (DateTimeParseException e) {
                throw new Invalid("case.json: " + path(field) + " is not an ISO-8601 UTC time");
            }
        }

        Fields object(String field) throws Invalid {
            JsonNode n = node(field);
            if (!n.isObject()) {
                throw new Invalid("case.json: " + path(field) + " is not an object");
            }
            return new Fields(n, path(field));
        }

        List<Fields> array(String field) throws Invalid {
            JsonNode n = node(field);
            if (!n.isArray()) {
                throw new Invalid("case.json: " + path(field) + " is not a list");
            }
            List<Fields> items = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isObject()) {
                    throw new Invalid("case.json: " + path(field) + "[" + i + "] is not an object");
                }
                items.add(new Fields(n.get(i), path(field) + "[" + i + "]"));
            }
            return items;
        }

        /** Every member as a number, in file order; {@code valueOf} reads one (default: a finite number). */
        Map<String, Double> numbers(Reader valueOf) throws Invalid {
            Map<String, Double> values = new LinkedHashMap<>();
            for (var fields = node.fields(); fields.hasNext();) {
                var e = fields.next();
                values.put(e.getKey(), valueOf == null ? finite(e.getValue(), path(e.getKey()))
                        : valueOf.read(e.getValue(), path(e.getKey())));
            }
            return values;
        }

        @FunctionalInterface
        interface Reader {
            double read(JsonNode n, String path) throws Invalid;
        }

        static double finite(JsonNode n, String path) throws Invalid {
            if (!n.isNumber()) {
                throw new Invalid("case.json: " + path + " is not a number" + (n.isTextual() ? " (" + n.textValue()
                        + ")" : ""));
            }
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                throw new Invalid("case.json: " + path + " is out of range for a number");
            }
            return v;
        }

        /** A feature may be undefined: null stands for NaN. */
        static double featureValue(JsonNode n, String path) throws Invalid {
            return n.isNull() ? Double.NaN : finite(n, path);
        }
    }
}
