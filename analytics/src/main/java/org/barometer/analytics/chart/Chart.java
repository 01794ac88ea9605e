package org.barometer.analytics.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart ready to render, as PNG for the pages or as SVG for print. Built by {@link TrendChart},
 * {@link HeatmapChart}, {@link DistributionChart} and {@link ParticipationChart} from figures that
 * already passed the anonymity guard: a chart draws exactly what it is given.
 */
public final class Chart {

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
     * The chart as a standalone {@code <svg>} element. Width and height are written as integers
     * with a matching viewBox: openhtmltopdf clips an SVG whose size is a decimal such as
     * {@code 600.0}, which is what JFreeSVG writes by itself.
     */
    public String svg(ChartSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        String element = g.getSVGElement(null, false, null, null, null);
        return element.replaceFirst("<svg ", "<svg width=\"" + size.width() + "\" height=\"" + size.height()
                + "\" viewBox=\"0 0 " + size.width() + " " + size.height() + "\" ");
    }
}
