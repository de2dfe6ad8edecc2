package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The window's language: the option, else the system property, else the system's language with English fallback. */
class WorkstationLanguageTest {

    @Test
    void tagsAsWrittenOnTheCommandLine() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.parse("zh-CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.parse("zh_cn"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.parse("zh"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.parse("zh-Hans"));
        assertEquals(Locale.ENGLISH, WorkstationLanguage.parse("en"));
        assertEquals(Locale.ENGLISH, WorkstationLanguage.parse("en-GB"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkstationLanguage.parse("fr"));
        assertTrue(e.getMessage().contains("'fr'") && e.getMessage().contains("en, zh-CN"), e.getMessage());
    }

    @Test
    void optionThenPropertyThenSystem() {
        assertEquals(Locale.ENGLISH, WorkstationLanguage.resolve(Locale.ENGLISH, "zh-CN", null, Locale.CHINA));
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.resolve(null, "zh-CN", null, Locale.US));
        assertEquals(Locale.ENGLISH, WorkstationLanguage.resolve(null, "en", null, Locale.CHINA));
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.resolve(null, null, null, Locale.CHINA));
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.resolve(null, " ", null, Locale.TAIWAN),
                "the only Chinese there is");
        assertEquals(Locale.ENGLISH, WorkstationLanguage.resolve(null, null, null, Locale.GERMANY), "English fallback");
        assertThrows(IllegalArgumentException.class,
                () -> WorkstationLanguage.resolve(null, "klingon", null, Locale.US));
        // the language chosen in the window: after the command line and the property, before the system's
        assertEquals(Locale.SIMPLIFIED_CHINESE, WorkstationLanguage.resolve(null, null, Locale.SIMPLIFIED_CHINESE,
                Locale.US));
        assertEquals(Locale.ENGLISH, WorkstationLanguage.resolve(null, "en", Locale.SIMPLIFIED_CHINESE, Locale.US));
        assertEquals(Locale.ENGLISH, WorkstationLanguage.resolve(Locale.ENGLISH, null, Locale.SIMPLIFIED_CHINESE,
                Locale.CHINA));
    }

    @Test
    void theChosenLanguageHasItsStrings() {
        assertEquals("Axial", Messages.of(WorkstationLanguage.parse("en")).get("viewer.axial"));
        assertEquals("轴位", Messages.of(WorkstationLanguage.parse("zh")).get("viewer.axial"));
    }
}
