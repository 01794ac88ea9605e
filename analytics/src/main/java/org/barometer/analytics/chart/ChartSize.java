package org.barometer.analytics.chart;

/**
 * The pixel size of a rendered chart (for SVG, its width and height in user units). Bounded so
 * that a request cannot make the server draw an enormous image.
 *
 * @param width from {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
 * @param height from {@value #MIN_HEIGHT} to {@value #MAX_HEIGHT}
 */
public record ChartSize(int width, int height) {

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 2400;
    public static final int MIN_HEIGHT = 150;
    /** Tall enough for a heatmap of a few hundred teams. */
    public static final int MAX_HEIGHT = 6000;

    public ChartSize {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be between " + MIN_WIDTH + " and " + MAX_WIDTH
                    + " pixels, got " + width);
        }
        if (height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("height must be between " + MIN_HEIGHT + " and " + MAX_HEIGHT
                    + " pixels, got " + height);
        }
    }
}
