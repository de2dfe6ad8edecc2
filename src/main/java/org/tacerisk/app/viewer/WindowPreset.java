package org.tacerisk.app.viewer;

/**
 * The window presets on keys 1–4. Abdomen and liver as the issue sets them (W400/L40, W150/L60: the liver window
 * narrow enough to separate an arterially enhancing HCC from parenchyma); bone and lung as commonly taught
 * (Radiopaedia, "Windowing (CT)": bone W1800/L400, lung W1500/L−600).
 */
public enum WindowPreset {
    ABDOMEN(400, 40),
    LIVER(150, 60),
    BONE(1800, 400),
    LUNG(1500, -600);

    private final WindowLevel window;

    WindowPreset(double width, double level) {
        this.window = new WindowLevel(width, level);
    }

    public WindowLevel window() {
        return window;
    }

    /** The preset on key 1–4. */
    public static WindowPreset ofKey(int digit) {
        return values()[digit - 1];
    }

    String messageKey() {
        return "viewer.preset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
