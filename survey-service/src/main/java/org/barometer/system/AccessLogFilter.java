package org.barometer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Pattern;

/**
 * One line per request: method, path with every survey token masked, status, duration.
 * No client address, no query string, no user agent: a log reader must not be able to pair a
 * person with the moment an answer arrived.
 */
@ServerFilter("/**")
final class AccessLogFilter {

    private static final Logger LOG = LoggerFactory.getLogger("barometer.access");
    private static final String STARTED = AccessLogFilter.class.getName() + ".started";
    private static final Pattern SURVEY_LINK = Pattern.compile("^/s/[^/]*");

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("{} {} {} {}ms", request.getMethodName(), maskedPath(request.getPath()), response.code(), millis);
    }

    /** The path as it may be written down: {@code /s/<token>} becomes {@code /s/***}. */
    static String maskedPath(String path) {
        return SURVEY_LINK.matcher(path).replaceFirst("/s/***");
    }
}
