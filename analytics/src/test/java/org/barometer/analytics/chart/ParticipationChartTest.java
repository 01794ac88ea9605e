package org.barometer.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
    void theAxisStopsAtAHundredAndEachLabelSitsAtItsBarsEnd() {
        Chart chart = ParticipationChart.of(new ParticipationChart.Data("Participation", List.of(
                new ParticipationChart.Bar("Ventes", 10, 10), new ParticipationChart.Bar("Support", 60, 5))), FRENCH);

        NodeList nodes = RenderedCharts.parse(chart.svg(new ChartSize(600, 160)))
                .getElementsByTagNameNS("*", "text");
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            at.put(text.getTextContent(), new double[] {Double.parseDouble(text.getAttribute("x")),
                    Double.parseDouble(text.getAttribute("y"))});
        }

        assertTrue(at.containsKey("100") && !at.containsKey("110"), at.keySet().toString());
        double full = at.get("100")[0];
        double[] fullLabel = at.get("10 / 10 (100\u00a0%)");
        double[] shortLabel = at.get("5 / 60 (8\u00a0%)");
        assertEquals(at.get("Ventes")[1], fullLabel[1], 3, "on its bar's row");
        assertEquals(at.get("Support")[1], shortLabel[1], 3, "on its bar's row");
        assertTrue(fullLabel[0] < full && fullLabel[0] > full - 120, "inside the full bar, at its end: " + fullLabel[0]);
        assertTrue(shortLabel[0] < at.get("20")[0], "just after the short bar: " + shortLabel[0]);
    }

    @Test
    void moreRespondedThanInvitedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParticipationChart.Bar("x", 3, 4));
    }
}
