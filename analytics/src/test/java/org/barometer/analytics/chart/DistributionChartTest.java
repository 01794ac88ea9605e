package org.barometer.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class DistributionChartTest {

    private static final ChartTexts ENGLISH = ChartTexts.of(TemplateSource.classpathOnly(), "en");
    private static final ChartTexts FRENCH = ChartTexts.of(TemplateSource.classpathOnly(), "fr");

    static DistributionChart.Data answers(ChartTexts texts) {
        return new DistributionChart.Data("How people answered", texts.levels(5), List.of(
                new DistributionChart.Row("Stress", List.of(4L, 6L, 5L, 3L, 2L)),
                new DistributionChart.Row("Clarity", List.of(1L, 2L, 3L, 8L, 6L))));
    }

    @Test
    void levelsNearestTheMiddleStackFirstOnEachSide() {
        assertArrayEquals(new int[] {2, 1, 3, 0, 4}, DistributionChart.stackingOrder(5));
        assertArrayEquals(new int[] {1, 2, 0, 3}, DistributionChart.stackingOrder(4));
    }

    @Test
    void legendNamesEachLevelOnceAndAxisIsUnsignedPercent() {
        List<String> texts = RenderedCharts.texts(DistributionChart.of(answers(ENGLISH), ENGLISH).svg(new ChartSize(700, 300)));

        for (String level : List.of("Very unfavourable", "Unfavourable", "Neutral", "Favourable", "Very favourable")) {
            assertEquals(1, texts.stream().filter(level::equals).count(), level + " in " + texts);
        }
        assertTrue(texts.contains("Share of answers (%)"), texts.toString());
        assertTrue(texts.contains("Stress") && texts.contains("Clarity"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("-")), "no negative percentages: " + texts);
    }

    @Test
    void frenchLevelsAndOtherScales() {
        assertEquals("Très défavorable", FRENCH.levels(5).get(0));
        assertEquals(List.of("1 (least favourable)", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11 (most favourable)"),
                ENGLISH.levels(11));
    }

    @Test
    void pngHasTheRequestedSize() {
        BufferedImage image = RenderedCharts.decode(DistributionChart.of(answers(FRENCH), FRENCH).png(new ChartSize(640, 280)));

        assertEquals(640, image.getWidth());
        assertEquals(280, image.getHeight());
        assertTrue(RenderedCharts.colours(image) > 10);
    }
}
