package org.barometer.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.barometer.analytics.chart.HeatmapChart.Arrow;
import org.barometer.analytics.chart.HeatmapChart.Cell;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class HeatmapChartTest {

    private static final ChartTexts FRENCH = ChartTexts.of(TemplateSource.classpathOnly(), "fr");
    private static final ChartTexts ENGLISH = ChartTexts.of(TemplateSource.classpathOnly(), "en");

    static HeatmapChart.Data teams() {
        return new HeatmapChart.Data("Équipes × questions", List.of("Stress", "Clarté"), List.of(
                new HeatmapChart.Row("Ventes", List.of(new Cell(4.2, 20.0, Arrow.WORSE), new Cell(3.9, 72.5, Arrow.NONE))),
                new HeatmapChart.Row("Support", List.of(new Cell(2.1, 72.5, Arrow.BETTER), new Cell(3.0, 50.0, Arrow.NONE))),
                new HeatmapChart.Row("Tiny", List.of(Cell.hidden(), Cell.hidden()))), 5);
    }

    @Test
    void cellsShowTheirMeanAndRealChangesWhileHiddenCellsShowOnlyTheNeutralMark() {
        List<String> texts = RenderedCharts.texts(HeatmapChart.of(teams(), FRENCH).svg(new ChartSize(700, 400)));

        assertTrue(texts.contains("4,2 ▼"), "French decimals and the worsening mark: " + texts);
        assertTrue(texts.contains("2,1 ▲"), texts.toString());
        assertTrue(texts.contains("3,9"), texts.toString());
        assertEquals(2, texts.stream().filter("masqué"::equals).count(), "both cells of Tiny: " + texts);
        assertTrue(texts.contains("Tiny"), "the group is named, as on the dashboard, without any figure");
        assertEquals(4, texts.stream().filter(t -> t.matches("\\d,\\d.*")).count(), "four figures, all of visible cells");
        assertTrue(texts.stream().anyMatch(t -> t.contains("moins de 5 réponses")), texts.toString());
    }

    @Test
    void englishLegendNamesTheThreshold() {
        List<String> texts = RenderedCharts.texts(HeatmapChart.of(teams(), ENGLISH).svg(new ChartSize(700, 400)));

        assertTrue(texts.stream().anyMatch(t -> t.contains("fewer than 5 answers")), texts.toString());
        assertTrue(texts.contains("hidden"), texts.toString());
        assertFalse(texts.contains("masqué"));
    }

    @Test
    void pngHasTheRequestedSizeAndColouredCells() {
        BufferedImage image = RenderedCharts.decode(HeatmapChart.of(teams(), FRENCH).png(new ChartSize(500, 320)));

        assertEquals(500, image.getWidth());
        assertEquals(320, image.getHeight());
        assertTrue(RenderedCharts.colours(image) > 20);
    }

    @Test
    void aGroupNamedLikeMarkupStaysText() {
        String name = "<script>alert(1)</script> & \"Ops\"";
        HeatmapChart.Data data = new HeatmapChart.Data("t", List.of("Stress"),
                List.of(new HeatmapChart.Row(name, List.of(new Cell(3.0, 50.0, Arrow.NONE)))), 5);

        String svg = HeatmapChart.of(data, ENGLISH).svg(new ChartSize(400, 300));

        assertTrue(RenderedCharts.texts(svg).contains(name), "drawn as the literal text");
        assertEquals(0, RenderedCharts.parse(svg).getElementsByTagNameNS("*", "script").getLength());
    }

    @Test
    void everyRowHasOneCellPerQuestion() {
        assertThrows(IllegalArgumentException.class, () -> new HeatmapChart.Data("x", List.of("a", "b"),
                List.of(new HeatmapChart.Row("t", List.of(Cell.hidden()))), 5));
    }
}
