package org.tacerisk.app.viewer;

/**
 * The three standard views and how each is laid on the screen. The convention is the radiological one, as in PACS
 * viewers and 3D Slicer: axial seen from the feet and coronal seen from the front, so the patient's right is on the
 * screen's left; sagittal seen from the patient's left, anterior on the screen's left. Head up in coronal and
 * sagittal. In LPS terms (+x = left, +y = posterior, +z = superior):
 *
 * <pre>
 * view      plane normal   screen right   screen down
 * axial     z (S–I)        +x (L)         +y (P)
 * coronal   y (A–P)        +x (L)         −z (I)
 * sagittal  x (R–L)        +y (P)         −z (I)
 * </pre>
 */
public enum Orientation {
    AXIAL(2, 0, 1, 1, 1),
    CORONAL(1, 0, 1, 2, -1),
    SAGITTAL(0, 1, 1, 2, -1);

    private final int normalPatientAxis;
    private final int rightPatientAxis;
    private final int rightSign;
    private final int downPatientAxis;
    private final int downSign;

    Orientation(int normalPatientAxis, int rightPatientAxis, int rightSign, int downPatientAxis, int downSign) {
        this.normalPatientAxis = normalPatientAxis;
        this.rightPatientAxis = rightPatientAxis;
        this.rightSign = rightSign;
        this.downPatientAxis = downPatientAxis;
        this.downSign = downSign;
    }

    /** The LPS axis (0 = x, 1 = y, 2 = z) the plane is normal to. */
    int normalPatientAxis() {
        return normalPatientAxis;
    }

    /** The LPS axis that runs to the screen's right, and its sign (+1: increasing coordinate to the right). */
    int rightPatientAxis() {
        return rightPatientAxis;
    }

    int rightSign() {
        return rightSign;
    }

    /** The LPS axis that runs down the screen, and its sign. */
    int downPatientAxis() {
        return downPatientAxis;
    }

    int downSign() {
        return downSign;
    }

    /** The message key of the view's name. */
    String messageKey() {
        return "viewer." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
