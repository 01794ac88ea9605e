package org.barometer.respond;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import org.barometer.system.ApiError;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses (413) an answer whose body is larger than any real answer can be: the service-wide limit
 * is sized for staff imports, far more than a form needs. A declared length is judged before
 * anything is read. A body sent in chunks declares none, so its bytes are counted as they arrive,
 * on a split of the body (the route reads the other), and the request goes on only once the whole
 * body has come within the limit; the first byte too many stops the counting and answers 413.
 *
 * <p>Before the 413 is sent, the rest of the body is read and thrown away, up to {@link #DRAIN}: a
 * server that answers and closes while the client is still sending makes the client's system see
 * a reset before it reads the answer (a browser shows a broken page instead of the message). A
 * body larger than that is not worth reading; its connection is closed after the 413.
 */
@ServerFilter({"/s/**", "/api/v1/responses/**"})
final class RespondentBodyLimit implements Ordered {

    /** Bytes of a refused body read to its end so that the client gets its 413 (1 MB). */
    static final long DRAIN = 1024 * 1024;

    private final long maxBody;

    RespondentBodyLimit(@ReadableBytes @Value("${barometer.respondent-max-body:64KB}") long maxBody) {
        this.maxBody = maxBody;
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> limit(HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        long declared = request.getContentLength();
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return declared > maxBody ? Mono.just(tooLarge(true)) : next.proceed();
        }
        if (declared > maxBody) {
            return declared > DRAIN ? Mono.just(tooLarge(true)) : drainThenRefuse(server.byteBody());
        }
        if (declared >= 0 || !request.getMethod().permitsRequestBody()) {
            return next.proceed();
        }
        // FASTEST: the count may read ahead of the route, which has not started reading yet.
        ByteBody counted = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
        return Flux.from(counted.toByteArrayPublisher())
                .scan(0L, (total, piece) -> total + piece.length)
                .takeUntil(total -> total > maxBody)
                .last(0L)
                .flatMap(total -> total > maxBody ? drainThenRefuse(server.byteBody()) : Mono.from(next.proceed()));
    }

    /** Reads the body to its end (at most {@link #DRAIN} bytes) and answers 413. */
    private Mono<MutableHttpResponse<?>> drainThenRefuse(ByteBody body) {
        return Flux.from(body.toByteArrayPublisher())
                .scan(0L, (total, piece) -> total + piece.length)
                .takeUntil(total -> total > DRAIN)
                .last(0L)
                .map(total -> tooLarge(total > DRAIN));
    }

    private MutableHttpResponse<?> tooLarge(boolean bodyLeftUnread) {
        MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        if (bodyLeftUnread) {
            // The connection cannot carry another request: say so, or a client reusing it would
            // see its next request dropped.
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response.body(ApiError.of("An answer is at most " + maxBody / 1024 + " KB. / Une réponse fait au plus "
                        + maxBody / 1024 + " Ko."));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
