package org.tacerisk.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import org.tacerisk.common.Finding;

/** Machine-readable command output: pretty JSON on stdout (human messages go to stderr). */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(Finding.class, FindingFields.class);

    /** A finding is its record components; {@code isError()} is a convenience, not a field of the contract. */
    private abstract static class FindingFields {
        @JsonIgnore
        abstract boolean isError();
    }

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise command output", e);
        }
    }
}
