package org.barometer.access;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Named;
import org.barometer.system.ApiError;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * Refuses (403) a state-changing request that a browser could have been tricked into sending: every
 * form post, and every request that signs in with the cookie rather than a bearer header, must carry
 * the CSRF token of {@link CsrfTokens}. Requests with a bearer header cannot be forged by another
 * site (it cannot set the header), so scripts using the API are unaffected.
 *
 * <p>The respondent's pages ({@code /s/**}) and {@code POST /api/v1/responses} are exempt: they are
 * anonymous, set no cookie and are authorised by the survey token in the URL or body, which a forging
 * site would have to know already — and knowing it, could answer directly. There is no ambient
 * credential for it to ride on, which is what CSRF abuses.
 */
@ServerFilter("/**")
final class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String NEW_TOKEN = "barometer.csrf.new";

    private final CsrfTokens tokens;
    private final String authCookie;
    private final Executor blocking;

    CsrfFilter(CsrfTokens tokens, AccessTokenCookieConfiguration authCookie,
               @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.authCookie = authCookie.getCookieName();
        this.blocking = blocking;
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (isRespondent(request.getPath())) {
            return chain.proceed();
        }
        String expected = tokens.fromCookie(request).orElse(null);
        if (expected == null) {
            request.setAttribute(NEW_TOKEN, Boolean.TRUE);
            request.setAttribute(CsrfTokens.ATTRIBUTE, tokens.generate());
        } else {
            request.setAttribute(CsrfTokens.ATTRIBUTE, expected);
        }
        if (!needsToken(request)) {
            return chain.proceed();
        }
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return verdict(expected, header, chain);
        }
        if (!isForm(request) || !(request instanceof ServerHttpRequest<?> server)) {
            return verdict(expected, null, chain);
        }
        if (!routeTakes(request)) {
            // No route takes this form (the router answers 404/415 and nothing runs): no body to read.
            return chain.proceed();
        }
        // The body is read from a split copy, so the controller still gets the whole form. The chain
        // goes on from another thread: the copy completes inside Netty's delivery of the last bytes,
        // and the controller's own read of the body from there would re-enter that delivery.
        return Mono.fromFuture(server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer()
                        .thenApplyAsync(body -> body, blocking))
                .flatMap(body -> Mono.from(verdict(expected, FormField.read(request, body.toByteArray(), CsrfTokens.FIELD), chain)));
    }

    private static Publisher<MutableHttpResponse<?>> verdict(String expected, String given,
                                                             FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        return CsrfTokens.same(expected, given) ? chain.proceed() : Mono.just(refused());
    }

    /** Hands the browser its token cookie the first time a page (the only place a form comes from) is shown. */
    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean page = response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        if (page && request.getAttribute(NEW_TOKEN).isPresent()) {
            request.getAttribute(CsrfTokens.ATTRIBUTE, String.class).ifPresent(token -> response.cookie(tokens.cookie(token)));
        }
    }

    private boolean needsToken(HttpRequest<?> request) {
        if (!UNSAFE.contains(request.getMethod())) {
            return false;
        }
        boolean bearer = request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        boolean cookieSignedIn = request.getCookies().findCookie(authCookie).isPresent();
        return isForm(request) || (cookieSignedIn && !bearer);
    }

    private static boolean routeTakes(HttpRequest<?> request) {
        MediaType type = request.getContentType().orElseThrow();
        return RouteAttributes.getRouteInfo(request).map(route -> route.doesConsume(type)).orElse(false);
    }

    private static boolean isForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }

    static boolean isRespondent(String path) {
        return path.startsWith("/s/") || path.equals("/api/v1/responses");
    }

    private static MutableHttpResponse<?> refused() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of(
                "This form has expired or did not come from this site (missing or wrong CSRF token). "
                        + "Reload the page and try again."));
    }

    @Override
    public int getOrder() {
        // After the security filter: an anonymous request to a protected route gets its 401 first.
        return ServerFilterPhase.SECURITY.after();
    }
}
