package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The theme parses without an error: one missing brace makes JavaFX drop every rule after it silently (the viewer's
 * coloured crosshair and halo text went grey once that way), so the parser's error list must stay empty.
 */
class StylesheetTest {

    @Test
    void theWorkstationStylesheetParsesWithoutErrors() throws IOException {
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(MainWindow.class.getResource("workstation.css"));
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().stream().anyMatch(r -> r.getSelectors().toString().contains("crosshair-axial")),
                "the last sections' rules are there");
    }
}
