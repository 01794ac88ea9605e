package org.barometer.analytics.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Groups × questions, each cell coloured by its polarity-aligned score (0 worst, 100 best, so
 * blue is always good news whatever the question) and labelled with its mean and a ▲ or ▼ when
 * the group changed clearly over time. Hidden cells are grey and carry one neutral mark for
 * every reason of hiding: telling which cells are below the threshold would narrow what the
 * complementary ones hold.
 */
public final class HeatmapChart {

    /** Whether a cell changed clearly over time, and which way. */
    public enum Arrow { BETTER, WORSE, NONE }

    /**
     * @param title     the chart's title
     * @param questions short labels of the columns
     * @param rows      one per group, top to bottom
     * @param threshold the anonymity threshold k, named in the explanation of grey cells
     */
    public record Data(String title, List<String> questions, List<Row> rows, int threshold) {
        public Data {
            questions = List.copyOf(questions);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != questions.size()) {
                    throw new IllegalArgumentException("Row '" + row.group() + "' has " + row.cells().size()
                            + " cells for " + questions.size() + " questions");
                }
            }
        }
    }

    public record Row(String group, List<Cell> cells) {
        public Row {
            Objects.requireNonNull(group, "group");
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param mean  the mean on the question's scale, or {@code null} for a hidden cell
     * @param score the same mean rescaled to 0–100 with 100 the good end, or {@code null}
     * @param arrow a clear change over time, as the wave's findings say
     */
    public record Cell(Double mean, Double score, Arrow arrow) {
        public static Cell hidden() {
            return new Cell(null, null, Arrow.NONE);
        }

        boolean isHidden() {
            return mean == null || score == null;
        }
    }

    /** Grey below 0 (a hidden cell), else the diverging scale of {@link ChartStyle}. */
    private record Scale() implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 100;
        }

        @Override
        public Paint getPaint(double value) {
            return value < 0 ? ChartStyle.HIDDEN : ChartStyle.diverging(value);
        }
    }

    private HeatmapChart() {
    }

    public static Chart of(Data data, ChartTexts texts) {
        int columns = data.questions().size();
        int rows = data.rows().size();
        double[][] xyz = new double[3][columns * rows];
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new Scale());
        for (int r = 0; r < rows; r++) {
            Row row = data.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Cell cell = row.cells().get(c);
                int i = r * columns + c;
                xyz[0][i] = c;
                xyz[1][i] = rows - 1 - r;
                xyz[2][i] = cell.isHidden() ? -1 : cell.score();
                renderer.addAnnotation(label(cell, c, rows - 1 - r, texts));
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", xyz);
        SymbolAxis x = new SymbolAxis(null, data.questions().toArray(String[]::new));
        x.setGridBandsVisible(false);
        x.setTickLabelFont(ChartFonts.bold(10f));
        String[] groups = new String[rows];
        for (int r = 0; r < rows; r++) {
            groups[rows - 1 - r] = data.rows().get(r).group();
        }
        SymbolAxis y = new SymbolAxis(null, groups);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(ChartFonts.regular(10f));
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = ChartStyle.styled(new JFreeChart(data.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        x.setTickLabelFont(ChartFonts.bold(10f));
        y.setTickLabelFont(ChartFonts.regular(10f));
        chart.addSubtitle(new TextTitle(texts.text("chart.heatmap.legend", data.threshold()), ChartFonts.regular(10f)));
        chart.addSubtitle(scaleLegend(texts));
        return new Chart(chart);
    }

    private static XYTextAnnotation label(Cell cell, int x, int y, ChartTexts texts) {
        String text;
        Color colour;
        if (cell.isHidden()) {
            text = texts.text("chart.hidden");
            colour = ChartStyle.BLACK;
        } else {
            String arrow = switch (cell.arrow()) {
                case BETTER -> " ▲";
                case WORSE -> " ▼";
                case NONE -> "";
            };
            text = texts.number(cell.mean(), 1) + arrow;
            colour = ChartStyle.textOn(ChartStyle.diverging(cell.score()));
        }
        XYTextAnnotation annotation = new XYTextAnnotation(text, x, y);
        annotation.setFont(ChartFonts.regular(10f));
        annotation.setPaint(colour);
        return annotation;
    }

    private static PaintScaleLegend scaleLegend(ChartTexts texts) {
        NumberAxis axis = new NumberAxis(texts.text("chart.heatmap.scale"));
        axis.setRange(0, 100);
        axis.setLabelFont(ChartFonts.regular(10f));
        axis.setTickLabelFont(ChartFonts.regular(9f));
        PaintScaleLegend legend = new PaintScaleLegend(new Scale(), axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(10);
        legend.setSubdivisionCount(25);
        legend.setMargin(new RectangleInsets(4, 40, 4, 40));
        return legend;
    }
}
