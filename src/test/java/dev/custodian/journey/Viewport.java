package dev.custodian.journey;

/**
 * The two screens every page of the journeys is looked at on: a laptop, and a phone held upright.
 */
public enum Viewport {
    DESKTOP(1280, 800, false),
    PHONE(390, 844, true);

    final int width;
    final int height;
    final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }
}
