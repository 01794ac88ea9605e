package org.barometer.respond;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.views.ViewsRenderer;
import org.barometer.system.ApiError;
import org.barometer.web.ReaderLanguage;

import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Limits how often one client address may call the respondent endpoints (the form and the JSON
 * door), so guessing tokens is pointless and cheap requests cannot exhaust the service. A token
 * bucket per address (Bucket4j) refills {@code requests} per {@code window}; past it the answer is
 * 429 with a Retry-After, as a page in the browser's language or as JSON. Addresses are kept in
 * memory only, and only while they keep calling within the window: never stored, never logged.
 */
@ServerFilter({"/s/**", "/api/v1/responses/**"})
final class RespondentRateLimit implements Ordered {

    private static final String JSON_MESSAGE = "Too many requests from your network: wait a minute and try again. "
            + "/ Trop de requêtes depuis votre réseau : patientez une minute et réessayez.";

    private final RateLimitSettings settings;
    private final HttpClientAddressResolver addresses;
    private final RespondPages pages;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final Cache<String, Bucket> buckets;

    RespondentRateLimit(RateLimitSettings settings, HttpClientAddressResolver addresses, RespondPages pages,
                        ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.settings = settings;
        this.addresses = addresses;
        this.pages = pages;
        this.views = views;
        this.buckets = CacheBuilder.newBuilder().expireAfterAccess(settings.window())
                .maximumSize(settings.maxAddresses()).build();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) throws ExecutionException {
        if (settings.requests() <= 0) {
            return null;
        }
        String address = addresses.resolve(request);
        Bucket bucket = buckets.get(address == null ? "" : address, this::newBucket);
        if (bucket.tryConsume(1)) {
            return null;
        }
        String retryAfter = String.valueOf(Math.max(1, settings.window().toSeconds() / settings.requests()));
        if (request.getPath().startsWith("/s/")) {
            var page = pages.message("busy", ReaderLanguage.of(request));
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(views.render(page.getView().orElseThrow(), page.getModel().orElseThrow(), request));
        }
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, retryAfter)
                .body(ApiError.of(JSON_MESSAGE));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(settings.requests())
                .refillGreedy(settings.requests(), settings.window()).build()).build();
    }

    @Override
    public int getOrder() {
        // Before security and before anything reads the body: a refused request costs next to nothing.
        return ServerFilterPhase.FIRST.before();
    }
}
