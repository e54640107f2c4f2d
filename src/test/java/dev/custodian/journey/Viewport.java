package dev.custodian.journey;

/** The two screens every journey is walked on: a laptop, and a phone held upright. */
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
