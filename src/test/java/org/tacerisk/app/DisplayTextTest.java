package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, dates and names as the workstation shows them (workstation-ui.md, "Numbers"). */
class DisplayTextTest {

    private final Messages text = Messages.of(Locale.ENGLISH);

    @Test
    void unitsAndDecimals() {
        assertEquals("2.5 mm", DisplayText.mm(2.5, text));
        assertEquals("1.0 mm", DisplayText.mm(0.96, text));
        assertEquals("0.98 × 0.98 mm", DisplayText.pixelSpacing(0.9766, 0.9766, text));
        assertEquals("27.2 mL", DisplayText.millilitres(27_168, text));
        assertEquals("12,345", DisplayText.count(12_345, text));
        assertEquals("40 ms", DisplayText.duration(0.0404, text));
        assertEquals("2.4 s", DisplayText.duration(2.38, text));
    }

    @Test
    void dicomDatesAndNames() {
        assertEquals("2024-01-31", DisplayText.date("20240131"));
        assertEquals("2024", DisplayText.date("2024"));
        assertEquals("DOE, JOHN Q", DisplayText.personName("DOE^JOHN^Q"));
        assertEquals("DOE", DisplayText.personName("DOE^^"));
        assertEquals("Anonymous", DisplayText.personName("Anonymous"));
    }

    @Test
    void aFolderIsRecognisedByItsLastTwoNames() {
        assertEquals(Path.of("exports", "CT_2024").toString(),
                DisplayText.shortFolder(Path.of("/data", "exports", "CT_2024")));
        assertEquals("/a", DisplayText.shortFolder(Path.of("/a")));
    }
}
