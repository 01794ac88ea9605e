package org.barometer.analytics.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;

/**
 * Colours and fonts shared by every chart. The palette is Okabe and Ito's (2008), distinguishable
 * under the common colour-vision deficiencies; the diverging scale runs from vermillion (worse)
 * through light grey to blue (better), never red against green.
 */
final class ChartStyle {

    static final Color BLACK = new Color(0x000000);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    static final Color BLUISH_GREEN = new Color(0x009E73);
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    static final Color NEUTRAL = new Color(0xE8E8E8);
    static final Color HIDDEN = new Color(0xBDBDBD);
    static final Color GRID = new Color(0xD0D0D0);

    /** Series colours after the organisation's black line. */
    static final List<Color> SERIES = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE);

    static {
        // Rotated labels (the vertical axis title) would otherwise be drawn as glyph outlines:
        // unreadable to text extraction and screen readers, and not selectable in the PDF.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    /** Applies the fonts and a plain white background to a freshly built chart. */
    static JFreeChart styled(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("barometer");
        theme.setExtraLargeFont(ChartFonts.bold(15f));
        theme.setLargeFont(ChartFonts.bold(12f));
        theme.setRegularFont(ChartFonts.regular(11f));
        theme.setSmallFont(ChartFonts.regular(10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.apply(chart);
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * @param score 0 (worst) to 100 (best)
     * @return vermillion at 0, light grey at 50, blue at 100, linearly between
     */
    static Color diverging(double score) {
        double t = Math.max(0, Math.min(100, score)) / 100;
        return t < 0.5 ? mix(VERMILLION, NEUTRAL, t * 2) : mix(NEUTRAL, BLUE, (t - 0.5) * 2);
    }

    /**
     * @return {@code points} colours from worst to best along the diverging scale
     */
    static List<Color> levels(int points) {
        return java.util.stream.IntStream.range(0, points)
                .mapToObj(i -> diverging(points == 1 ? 50 : 100.0 * i / (points - 1))).toList();
    }

    /** @return black or white, whichever reads better on {@code background} */
    static Color textOn(Color background) {
        double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
        return luminance < 140 ? Color.WHITE : BLACK;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
