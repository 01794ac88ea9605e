package org.barometer.respond;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.barometer.system.ApiError;

/**
 * Refuses (413) an answer whose declared body is larger than any real answer can be, before it is
 * read: the service-wide limit is sized for staff imports, far more than a form needs.
 */
@ServerFilter({"/s/**", "/api/v1/responses/**"})
final class RespondentBodyLimit implements Ordered {

    private final long maxBody;

    RespondentBodyLimit(@ReadableBytes @Value("${barometer.respondent-max-body:64KB}") long maxBody) {
        this.maxBody = maxBody;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (request.getContentLength() <= maxBody) {
            return null;
        }
        // The body is left unread, so the connection cannot carry another request: say so, or a
        // client reusing it would see its next request dropped.
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).header(HttpHeaders.CONNECTION, "close").body(ApiError.of("An answer is at most "
                + maxBody / 1024 + " KB. / Une réponse fait au plus " + maxBody / 1024 + " Ko."));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
