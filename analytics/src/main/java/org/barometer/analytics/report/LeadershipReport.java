package org.barometer.analytics.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import org.barometer.analytics.chart.ChartFonts;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.templates.TemplateSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The leadership report: {@link ReportInput} → HTML from the template {@value #TEMPLATE} (with
 * {@value #STYLESHEET} and the texts of {@code report/texts_<lang>.properties}, all overridable
 * through the {@link TemplateSource}) → an A4 PDF by openhtmltopdf on PDFBox, with DejaVu Sans
 * embedded (subset) and the charts drawn as vectors with their words as text ({@link ChartObjects}).
 *
 * <p>The template and texts are read on every call, so an edited override counts without a
 * restart; the fonts are read once. Thread-safe.
 */
public final class LeadershipReport {

    static final String TEMPLATE = "report/report.html";
    static final String STYLESHEET = "report/report.css";
    private static final EnumSet<FSFontUseCase> EVERYWHERE = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        // A report is mostly vector streams (the charts), and compressing them at PDFBox's default
        // level took a third of the rendering time. Level 1 measured 30–40 % faster for a 25 %
        // larger file. PDFBox reads this JVM-wide property only; an operator's own -D setting wins.
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, "1");
        }
    }

    private final TemplateSource source;
    private final TemplateEngine engine = new TemplateEngine();
    private final byte[] regular;
    private final byte[] bold;

    public LeadershipReport(TemplateSource source) {
        this.source = source;
        this.engine.setTemplateResolver(new StringTemplateResolver());
        this.regular = font(source, ChartFonts.REGULAR_PATH);
        this.bold = font(source, ChartFonts.BOLD_PATH);
    }

    /** @return SHA-256 of the figures: the same answers give the same hash, whatever the language or date */
    public static String contentHash(ReportInput input) {
        return ContentHash.of(input);
    }

    /**
     * @param lang one of {@code fr}, {@code en}
     * @throws IllegalArgumentException for another language
     */
    public String html(ReportInput input, String lang) {
        return html(input, lang, new ChartObjects());
    }

    private String html(ReportInput input, String lang, ChartObjects charts) {
        ChartTexts texts = ChartTexts.of(source, lang);
        ReportView view = ReportComposer.compose(input, texts, charts);
        Context context = new Context(Locale.forLanguageTag(lang));
        context.setVariable("r", view);
        context.setVariable("css", read(STYLESHEET));
        return engine.process(new TemplateSpec(read(TEMPLATE), TemplateMode.HTML), context);
    }

    /** @return the report as an A4 PDF */
    public byte[] pdf(ReportInput input, String lang) {
        ChartObjects charts = new ChartObjects();
        String html = html(input, lang, charts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.useObjectDrawerFactory(charts);
            builder.useFont(() -> new ByteArrayInputStream(regular), ChartFonts.FAMILY, 400, FontStyle.NORMAL, true, EVERYWHERE);
            builder.useFont(() -> new ByteArrayInputStream(bold), ChartFonts.FAMILY, 700, FontStyle.NORMAL, true, EVERYWHERE);
            // Nothing outside the document is fetched: an overridden template cannot make the server call out.
            builder.useUriResolver((base, uri) -> null);
            builder.withProducer("Well-being Barometer");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
        return out.toByteArray();
    }

    private String read(String path) {
        return source.read(path).orElseThrow(() -> new IllegalStateException("Missing template " + path));
    }

    private static byte[] font(TemplateSource source, String path) {
        return source.readBytes(path).orElseThrow(() -> new IllegalStateException("Missing font " + path));
    }
}
