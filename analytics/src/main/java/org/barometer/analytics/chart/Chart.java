package org.barometer.analytics.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart ready to render, as PNG for the pages or as SVG for print. Built by {@link TrendChart},
 * {@link HeatmapChart}, {@link DistributionChart} and {@link ParticipationChart} from figures that
 * already passed the anonymity guard: a chart draws exactly what it is given.
 */
public final class Chart {

    private static final Pattern CLIP = Pattern.compile("<clipPath id='([^']+)'><path d='([^']+)'/></clipPath>");

    private final JFreeChart chart;

    Chart(JFreeChart chart) {
        this.chart = chart;
    }

    /** @return the chart as PNG bytes of exactly {@code size} pixels */
    public byte[] png(ChartSize size) {
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(size.width(), size.height()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG", e);
        }
    }

    /**
     * Draws the chart on any {@link Graphics2D}, in its user units: the leadership PDF draws it
     * this way, so that its words reach the page as text (searchable, read aloud) rather than as
     * the glyph outlines an SVG renderer writes.
     */
    public void draw(Graphics2D g, double width, double height) {
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    }

    /**
     * The chart as a standalone {@code <svg>} element. Width and height are written as integers
     * with a matching viewBox: openhtmltopdf clips an SVG whose size is a decimal such as
     * {@code 600.0}, which is what JFreeSVG writes by itself.
     */
    public String svg(ChartSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        String element = withoutCanvasClip(g.getSVGElement(null, false, null, null, null), size);
        return element.replaceFirst("<svg ", "<svg width=\"" + size.width() + "\" height=\"" + size.height()
                + "\" viewBox=\"0 0 " + size.width() + " " + size.height() + "\" ");
    }

    /**
     * Drops the references to a clip path that is the whole canvas: JFreeSVG writes one on almost
     * every element, it clips nothing, and Batik (which draws the SVG into the PDF) spends much of
     * a report's rendering time applying it.
     */
    static String withoutCanvasClip(String svg, ChartSize size) {
        String canvas = "M0.0,0.0L" + size.width() + ".0,0.0L" + size.width() + ".0," + size.height() + ".0L0.0,"
                + size.height() + ".0L0.0,0.0Z";
        Matcher clip = CLIP.matcher(svg);
        while (clip.find()) {
            if (clip.group(2).equals(canvas)) {
                return svg.replace(" clip-path='url(#" + clip.group(1) + ")'", "");
            }
        }
        return svg;
    }
}
