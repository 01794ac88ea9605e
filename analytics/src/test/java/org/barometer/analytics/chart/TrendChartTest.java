package org.barometer.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final ChartTexts FRENCH = ChartTexts.of(TemplateSource.classpathOnly(), "fr");
    private static final ChartTexts ENGLISH = ChartTexts.of(TemplateSource.classpathOnly(), "en");

    static TrendChart.Data clarity() {
        return new TrendChart.Data("Clarté", 1, 5, List.of("2026-T1", "2026-T2", "2026-T3"), List.of(
                new TrendChart.Series("Toute l’organisation", List.of(new TrendChart.Point(3.1, 2.9, 3.3),
                        new TrendChart.Point(3.4, 3.2, 3.6), new TrendChart.Point(3.6, 3.4, 3.8))),
                new TrendChart.Series("Équipe Ventes", List.of(new TrendChart.Point(2.5, 2.0, 3.0),
                        TrendChart.Point.hidden(), new TrendChart.Point(3.9, 3.5, 4.3)))));
    }

    @Test
    void pngHasTheRequestedSizeAndDrawsLinesAndBands() {
        BufferedImage image = RenderedCharts.decode(TrendChart.of(clarity(), FRENCH).png(new ChartSize(640, 400)));

        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(RenderedCharts.colours(image) > 20, "lines, bands, text: many colours, not a blank image");
    }

    @Test
    void svgIsWellFormedWithIntegerSizeAndFrenchLabels() {
        String svg = TrendChart.of(clarity(), FRENCH).svg(new ChartSize(600, 360));

        RenderedCharts.assertSize(svg, 600, 360);
        List<String> texts = RenderedCharts.texts(svg);
        assertTrue(texts.contains("Clarté"), texts.toString());
        assertTrue(texts.contains("Vague"), texts.toString());
        assertTrue(texts.contains("Moyenne (échelle 1–5)"), texts.toString());
        assertTrue(texts.contains("Équipe Ventes"), "legend: " + texts);
        assertTrue(texts.contains("Toute l’organisation"), "legend: " + texts);
        assertTrue(texts.contains("2026-T2"), texts.toString());
        assertTrue(svg.contains("DejaVu Sans"), "drawn with the shipped font");
    }

    @Test
    void englishLabelsInEnglish() {
        List<String> texts = RenderedCharts.texts(TrendChart.of(clarity(), ENGLISH).svg(new ChartSize(600, 360)));

        assertTrue(texts.contains("Wave"), texts.toString());
        assertTrue(texts.contains("Mean (scale 1–5)"), texts.toString());
    }

    @Test
    void aTrendWithNothingVisibleStillRenders() {
        TrendChart.Data nothing = new TrendChart.Data("Stress", 1, 5, List.of(), List.of());

        BufferedImage image = RenderedCharts.decode(TrendChart.of(nothing, ENGLISH).png(new ChartSize(400, 300)));

        assertEquals(400, image.getWidth());
        assertTrue(RenderedCharts.texts(TrendChart.of(nothing, ENGLISH).svg(new ChartSize(400, 300))).contains("Stress"));
    }

    @Test
    void aSeriesMustHaveOnePointPerWave() {
        assertThrows(IllegalArgumentException.class, () -> new TrendChart.Data("x", 1, 5, List.of("A", "B"),
                List.of(new TrendChart.Series("org", List.of(TrendChart.Point.hidden())))));
    }

    @Test
    void sizesAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(ChartSize.MAX_WIDTH + 1, 400));
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(600, ChartSize.MIN_HEIGHT - 1));
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(0, 0));
    }
}
