package org.barometer.analytics.chart;

import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Response rate of each visible group, as horizontal bars on a 0–100 % axis, each labelled
 * "responded / invited (rate)" beside its end: inside the bar when it fits, just after it otherwise,
 * so a full bar needs no room beyond 100 %.
 */
public final class ParticipationChart {

    /** @param title the chart's title, or {@code null} for none (the page names it) */
    public record Data(String title, List<Bar> bars) {
        public Data {
            bars = List.copyOf(bars);
        }
    }

    /** @param responded at most {@code invited} */
    public record Bar(String group, long invited, long responded) {
        public Bar {
            Objects.requireNonNull(group, "group");
            if (responded < 0 || invited < responded) {
                throw new IllegalArgumentException("Need 0 ≤ responded ≤ invited for " + group);
            }
        }

        double rate() {
            return invited == 0 ? 0 : 100.0 * responded / invited;
        }
    }

    private ParticipationChart() {
    }

    public static Chart of(Data data, ChartTexts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> labels = new java.util.ArrayList<>();
        for (Bar bar : data.bars()) {
            dataset.addValue(bar.rate(), "rate", bar.group());
            labels.add(texts.text("chart.participation.label", bar.responded(), bar.invited(),
                    texts.number(bar.rate(), 0)));
        }
        BarRenderer renderer = new BarRenderer();
        // Thick enough for a label to fit inside: the report gives each bar about 18 pixels.
        renderer.setMaximumBarWidth(0.8);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset set, int row, int column) {
                return labels.get(column);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        renderer.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryAxis groups = new CategoryAxis(null);
        groups.setCategoryMargin(0.1);
        groups.setLowerMargin(0.01);
        groups.setUpperMargin(0.01);
        NumberAxis rate = new NumberAxis(texts.text("chart.participation.axis"));
        rate.setRange(0, 100);
        CategoryPlot plot = new CategoryPlot(dataset, groups, rate, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.styled(new JFreeChart(data.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        groups.setTickLabelFont(ChartFonts.regular(10f));
        // After the theme, which resets series paints and fonts.
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // Light enough for the black labels written inside the bars.
        renderer.setSeriesPaint(0, ChartStyle.SKY_BLUE);
        renderer.setDefaultItemLabelFont(ChartFonts.regular(9f));
        return new Chart(chart);
    }
}
