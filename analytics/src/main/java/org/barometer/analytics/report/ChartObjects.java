package org.barometer.analytics.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.barometer.analytics.chart.Chart;
import org.barometer.analytics.chart.ChartSize;
import org.w3c.dom.Element;

/**
 * The charts of one report, placed in the template as {@code <object type="}{@value #TYPE}{@code "
 * data-chart="…">} and drawn by openhtmltopdf straight onto the page's Graphics2D: the PDF gets
 * vectors with real text in the embedded font, where an SVG drawn by Batik would have turned every
 * word into glyph outlines. Filled while the view is composed, read while the PDF is drawn.
 */
final class ChartObjects implements FSObjectDrawerFactory {

    /** The {@code type} of a chart's {@code <object>} element. */
    static final String TYPE = "application/x-barometer-chart";

    private final Map<String, Chart> charts = new LinkedHashMap<>();

    /** @return the reference the template places, sized in CSS pixels */
    ReportView.Figure add(Chart chart, ChartSize size) {
        String id = "chart-" + (charts.size() + 1);
        charts.put(id, chart);
        return new ReportView.Figure(id, size.width(), size.height());
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type")) && charts.containsKey(e.getAttribute("data-chart"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        if (!isReplacedObject(e)) {
            return null;
        }
        Chart chart = charts.get(e.getAttribute("data-chart"));
        return (element, x, y, width, height, device, context, dotsPerPixel) -> {
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g -> chart.draw(g, w, h));
            return null;
        };
    }
}
