package org.barometer.analytics.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.barometer.templates.TemplateSource;

/**
 * DejaVu Sans, shipped with the templates, for every chart and the report: it has the French
 * accents, the typographic apostrophe and the ▲ ▼ marks, and does not depend on the fonts of the
 * machine the service runs on (a slim container may have none). Registered with AWT so that the
 * SVG names a family that the PDF renderer also knows.
 */
public final class ChartFonts {

    /** The family name written in SVG and CSS. */
    public static final String FAMILY = "DejaVu Sans";
    /** Path of the regular face under the templates root. */
    public static final String REGULAR_PATH = "report/fonts/DejaVuSans.ttf";
    /** Path of the bold face under the templates root. */
    public static final String BOLD_PATH = "report/fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR = load(REGULAR_PATH);
    private static final Font BOLD = load(BOLD_PATH);

    private ChartFonts() {
    }

    static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    private static Font load(String path) {
        byte[] bytes = TemplateSource.classpathOnly().readBytes(path)
                .orElseThrow(() -> new IllegalStateException("Missing font " + path + " in the templates"));
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (FontFormatException e) {
            throw new IllegalStateException(path + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
