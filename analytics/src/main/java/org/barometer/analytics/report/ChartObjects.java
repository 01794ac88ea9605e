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
 * word into glyph outlines. A chart may be laid out at a larger size than the box it fills and
 * drawn scaled down, fonts included, so that a tall chart (fifty teams) still fits one page.
 * Filled while the view is composed, read while the PDF is drawn.
 */
final class ChartObjects implements FSObjectDrawerFactory {

    /** The {@code type} of a chart's {@code <object>} element. */
    static final String TYPE = "application/x-barometer-chart";

    private record Placed(Chart chart, ChartSize layout) {
    }

    private final Map<String, Placed> charts = new LinkedHashMap<>();

    /** @return the reference the template places, of the chart's size in CSS pixels */
    ReportView.Figure add(Chart chart, ChartSize size) {
        return add(chart, size, 1);
    }

    /**
     * @param layout the size the chart is laid out at
     * @param scale  the share of that size the page gives it, at most 1
     * @return the reference the template places, {@code scale × layout} in CSS pixels
     */
    ReportView.Figure add(Chart chart, ChartSize layout, double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1], got " + scale);
        }
        String id = "chart-" + (charts.size() + 1);
        charts.put(id, new Placed(chart, layout));
        return new ReportView.Figure(id, (int) Math.floor(layout.width() * scale), (int) Math.floor(layout.height() * scale));
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
        Placed placed = charts.get(e.getAttribute("data-chart"));
        return (element, x, y, width, height, device, context, dotsPerPixel) -> {
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g -> {
                g.scale(w / placed.layout().width(), h / placed.layout().height());
                placed.chart().draw(g, placed.layout().width(), placed.layout().height());
            });
            return null;
        };
    }
}
