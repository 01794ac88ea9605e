package org.barometer.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class ParticipationChartTest {

    private static final ChartTexts FRENCH = ChartTexts.of(TemplateSource.classpathOnly(), "fr");

    @Test
    void barsAreLabelledWithRespondedOverInvited() {
        Chart chart = ParticipationChart.of(new ParticipationChart.Data("Participation", List.of(
                new ParticipationChart.Bar("Ventes", 10, 8), new ParticipationChart.Bar("Support", 6, 5))), FRENCH);

        List<String> texts = RenderedCharts.texts(chart.svg(new ChartSize(600, 240)));
        BufferedImage image = RenderedCharts.decode(chart.png(new ChartSize(600, 240)));

        assertTrue(texts.contains("8 / 10 (80\u00a0%)"), texts.toString());
        assertTrue(texts.contains("5 / 6 (83\u00a0%)"), texts.toString());
        assertTrue(texts.contains("Taux de réponse (%)"), texts.toString());
        assertEquals(600, image.getWidth());
        assertTrue(RenderedCharts.colours(image) > 5);
    }

    @Test
    void moreRespondedThanInvitedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParticipationChart.Bar("x", 3, 4));
    }
}
