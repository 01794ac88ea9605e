package org.barometer.analytics.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Means of one question over the waves, one line per group with its 95 % confidence band: the
 * organisation in black, the chosen groups in the Okabe–Ito colours. A wave where a group is
 * hidden (or has no answers) breaks its line, so no value is implied for it.
 */
public final class TrendChart {

    /**
     * @param title       the chart's title, e.g. the question's short label
     * @param scaleMin    lowest answer of the question's scale
     * @param scaleMax    highest answer
     * @param waves       the wave labels, oldest first
     * @param series      the organisation first, then the groups; each has one point per wave
     */
    public record Data(String title, int scaleMin, int scaleMax, List<String> waves, List<Series> series) {
        public Data {
            waves = List.copyOf(waves);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.points().size() != waves.size()) {
                    throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.points().size()
                            + " points for " + waves.size() + " waves");
                }
            }
        }
    }

    /** @param points one per wave, in the order of {@link Data#waves()} */
    public record Series(String name, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
        }
    }

    /**
     * @param mean the mean, or {@code null} where the group is hidden or has no answers
     * @param lo   lower end of the 95 % interval, or {@code null} (one answer)
     * @param hi   upper end
     */
    public record Point(Double mean, Double lo, Double hi) {
        public static Point hidden() {
            return new Point(null, null, null);
        }
    }

    private TrendChart() {
    }

    public static Chart of(Data data, ChartTexts texts) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        List<Color> colours = new ArrayList<>();
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < data.series().size(); s++) {
            Series series = data.series().get(s);
            Color colour = s == 0 ? ChartStyle.BLACK : ChartStyle.SERIES.get((s - 1) % ChartStyle.SERIES.size());
            for (YIntervalSeries run : runs(series, s)) {
                dataset.addSeries(run);
                colours.add(colour);
            }
            legend.add(new LegendItem(series.name(), colour));
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        SymbolAxis waves = new SymbolAxis(texts.text("chart.axis.wave"), data.waves().toArray(String[]::new));
        waves.setGridBandsVisible(false);
        NumberAxis mean = new NumberAxis(texts.text("chart.axis.mean", data.scaleMin(), data.scaleMax()));
        mean.setRange(data.scaleMin() - 0.1, data.scaleMax() + 0.1);
        mean.setStandardTickUnits(NumberAxis.createIntegerTickUnits(texts.locale()));
        XYPlot plot = new XYPlot(dataset, waves, mean, renderer);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = ChartStyle.styled(new JFreeChart(data.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        chart.addSubtitle(new TextTitle(texts.text("chart.trend.band"), ChartFonts.regular(10f)));
        waves.setTickLabelFont(ChartFonts.regular(10f));
        // After the theme, which resets series paints.
        renderer.setAlpha(0.18f);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesFillPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, ChartStyle.line(2.2f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        return new Chart(chart);
    }

    /** Splits a series at hidden points, so the line and its band stop there. */
    private static List<YIntervalSeries> runs(Series series, int index) {
        List<YIntervalSeries> runs = new ArrayList<>();
        YIntervalSeries current = null;
        for (int x = 0; x < series.points().size(); x++) {
            Point p = series.points().get(x);
            if (p.mean() == null) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new YIntervalSeries(index + "#" + x, false, true);
                runs.add(current);
            }
            double lo = p.lo() == null ? p.mean() : p.lo();
            double hi = p.hi() == null ? p.mean() : p.hi();
            current.add(x, p.mean(), lo, hi);
        }
        return runs;
    }
}
