package org.barometer.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.Roles;
import org.barometer.analytics.chart.Chart;
import org.barometer.analytics.chart.ChartSize;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.report.ReportCharts;
import org.barometer.analytics.report.ReportInput;

import java.nio.charset.StandardCharsets;

/**
 * Charts as PNG (pages) or SVG (print), through the same anonymity filtering as the JSON. No
 * {@code @Produces}: a refused request answers with the usual JSON error, not an image.
 */
@Controller("/api/v1/charts")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ChartController {

    static final MediaType SVG = MediaType.of("image/svg+xml;charset=utf-8");

    private final InsightCharts charts;
    private final ViewAudit audit;

    ChartController(InsightCharts charts, ViewAudit audit) {
        this.charts = charts;
        this.audit = audit;
    }

    @Get("/trend.png")
    HttpResponse<byte[]> trendPng(@Nullable @QueryValue String template, @Nullable @QueryValue String question,
                                  @Nullable @QueryValue String by, @Nullable @QueryValue String segments,
                                  @Nullable @QueryValue String lang, @Nullable @QueryValue String width,
                                  @Nullable @QueryValue String height) {
        HttpResponse<byte[]> chart = png(trend(template, question, by, segments, lang), ChartParams.size(width, height, 800, 450));
        audit.trend("chart.view", template, question, by, ChartParams.segments(segments), "GET /api/v1/charts/trend.png");
        return chart;
    }

    @Get("/trend.svg")
    HttpResponse<byte[]> trendSvg(@Nullable @QueryValue String template, @Nullable @QueryValue String question,
                                  @Nullable @QueryValue String by, @Nullable @QueryValue String segments,
                                  @Nullable @QueryValue String lang, @Nullable @QueryValue String width,
                                  @Nullable @QueryValue String height) {
        HttpResponse<byte[]> chart = svg(trend(template, question, by, segments, lang), ChartParams.size(width, height, 800, 450));
        audit.trend("chart.view", template, question, by, ChartParams.segments(segments), "GET /api/v1/charts/trend.svg");
        return chart;
    }

    @Get("/heatmap.png")
    HttpResponse<byte[]> heatmapPng(@Nullable @QueryValue String wave, @Nullable @QueryValue String by,
                                    @Nullable @QueryValue String lang, @Nullable @QueryValue String width,
                                    @Nullable @QueryValue String height) {
        return heatmap(wave, by, lang, width, height, false);
    }

    @Get("/heatmap.svg")
    HttpResponse<byte[]> heatmapSvg(@Nullable @QueryValue String wave, @Nullable @QueryValue String by,
                                    @Nullable @QueryValue String lang, @Nullable @QueryValue String width,
                                    @Nullable @QueryValue String height) {
        return heatmap(wave, by, lang, width, height, true);
    }

    @Get("/distribution.png")
    HttpResponse<byte[]> distributionPng(@Nullable @QueryValue String wave, @Nullable @QueryValue String by,
                                         @Nullable @QueryValue String segment, @Nullable @QueryValue String lang,
                                         @Nullable @QueryValue String width, @Nullable @QueryValue String height) {
        return distribution(wave, by, segment, lang, width, height, false);
    }

    @Get("/distribution.svg")
    HttpResponse<byte[]> distributionSvg(@Nullable @QueryValue String wave, @Nullable @QueryValue String by,
                                         @Nullable @QueryValue String segment, @Nullable @QueryValue String lang,
                                         @Nullable @QueryValue String width, @Nullable @QueryValue String height) {
        return distribution(wave, by, segment, lang, width, height, true);
    }

    private Chart trend(String template, String question, String by, String segments, String lang) {
        return charts.trend(template, question, by, ChartParams.segments(segments), charts.lang(lang));
    }

    private HttpResponse<byte[]> heatmap(String wave, String by, String lang, String width, String height, boolean svg) {
        String language = charts.lang(lang);
        ReportInput input = charts.wave(ChartParams.wave(wave), by == null ? "team" : by, language);
        ChartSize size = ChartParams.size(width, height, 800, 170 + 24 * ReportCharts.heatmapRows(input));
        Chart chart = charts.heatmap(input, charts.texts(language));
        HttpResponse<byte[]> drawn = svg ? svg(chart, size) : png(chart, size);
        audit.wave("chart.view", ChartParams.wave(wave), by == null ? "team" : by,
                "GET /api/v1/charts/heatmap." + (svg ? "svg" : "png"));
        return drawn;
    }

    private HttpResponse<byte[]> distribution(String wave, String by, String segment, String lang, String width,
                                              String height, boolean svg) {
        String language = charts.lang(lang);
        ChartTexts texts = charts.texts(language);
        ReportInput input = charts.wave(ChartParams.wave(wave), by, language);
        ChartSize size = ChartParams.size(width, height, 800, 150 + 40 * input.questions().size());
        Chart chart = charts.distribution(input, segment == null || segment.isBlank() ? null : segment, texts);
        HttpResponse<byte[]> drawn = svg ? svg(chart, size) : png(chart, size);
        audit.wave("chart.view", ChartParams.wave(wave), segment == null || segment.isBlank() ? by : (by == null ? "none" : by) + ", segment=" + segment,
                "GET /api/v1/charts/distribution." + (svg ? "svg" : "png"));
        return drawn;
    }

    private static HttpResponse<byte[]> png(Chart chart, ChartSize size) {
        return HttpResponse.ok(chart.png(size)).contentType(MediaType.IMAGE_PNG_TYPE);
    }

    private static HttpResponse<byte[]> svg(Chart chart, ChartSize size) {
        return HttpResponse.ok(chart.svg(size).getBytes(StandardCharsets.UTF_8)).contentType(SVG);
    }
}
