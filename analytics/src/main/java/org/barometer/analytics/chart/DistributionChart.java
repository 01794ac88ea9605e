package org.barometer.analytics.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Diverging stacked bars, the standard view of Likert answers: for each row, the unfavourable
 * answers stack leftwards from zero and the favourable ones rightwards, the neutral middle split
 * across zero. Rows come already aligned with their question's polarity (least favourable first),
 * so "right is good" holds for stress as for clarity.
 */
public final class DistributionChart {

    /**
     * @param title  the chart's title
     * @param levels names of the scale points, least favourable first
     * @param rows   one bar per row, top to bottom
     */
    public record Data(String title, List<String> levels, List<Row> rows) {
        public Data {
            levels = List.copyOf(levels);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.counts().size() != levels.size()) {
                    throw new IllegalArgumentException("Row '" + row.label() + "' has " + row.counts().size()
                            + " counts for " + levels.size() + " levels");
                }
            }
        }
    }

    /** @param counts answers at each level, least favourable first */
    public record Row(String label, List<Long> counts) {
        public Row {
            Objects.requireNonNull(label, "label");
            counts = List.copyOf(counts);
        }

        long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    private DistributionChart() {
    }

    public static Chart of(Data data, ChartTexts texts) {
        int points = data.levels().size();
        List<Color> colours = ChartStyle.levels(points);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Color> seriesColours = new ArrayList<>();
        // Series order is stacking order on each side: the levels nearest the middle come first.
        for (int level : stackingOrder(points)) {
            boolean favourable = 2 * level > points - 1;
            boolean middle = 2 * level == points - 1;
            for (int half = 0; half < (middle ? 2 : 1); half++) {
                String key = data.levels().get(level) + (middle && half == 1 ? " " : "");
                for (Row row : data.rows()) {
                    double share = row.total() == 0 ? 0 : 100.0 * row.counts().get(level) / row.total();
                    double signed = middle ? (half == 0 ? -share / 2 : share / 2) : favourable ? share : -share;
                    dataset.addValue(signed, key, row.label());
                }
                seriesColours.add(colours.get(level));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        CategoryAxis rows = new CategoryAxis(null);
        rows.setTickLabelFont(ChartFonts.regular(10f));
        rows.setMaximumCategoryLabelLines(2);
        NumberAxis share = new NumberAxis(texts.text("chart.distribution.axis"));
        share.setRange(-100, 100);
        share.setNumberFormatOverride(new AbsolutePercent());
        CategoryPlot plot = new CategoryPlot(dataset, rows, share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeZeroBaselineVisible(true);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = ChartStyle.styled(new JFreeChart(data.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        // After the theme, which resets series paints.
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        for (int i = 0; i < seriesColours.size(); i++) {
            renderer.setSeriesPaint(i, seriesColours.get(i));
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (int level = 0; level < points; level++) {
            legend.add(new LegendItem(data.levels().get(level), colours.get(level)));
        }
        plot.setFixedLegendItems(legend);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(new TextTitle(texts.text("chart.distribution.legend"), ChartFonts.regular(10f)));
        return new Chart(chart);
    }

    /** Level indexes by distance from the middle, unfavourable before favourable at equal distance. */
    static int[] stackingOrder(int points) {
        return java.util.stream.IntStream.range(0, points).boxed()
                .sorted(java.util.Comparator.<Integer>comparingDouble(i -> Math.abs(i - (points - 1) / 2.0))
                        .thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Axis ticks as unsigned percentages: the left side's −40 is 40 % of answers. */
    private static final class AbsolutePercent extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Math.round(Math.abs(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Math.abs(number));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("display only");
        }
    }
}
