package org.barometer.access;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.event.LoginSuccessfulEvent;
import io.micronaut.security.event.LogoutEvent;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Writes the audit log: {@link AuditEvent}s published by the features, and sign-ins and sign-outs
 * from Micronaut Security. Runs in the publisher's thread, so an event without an explicit actor is
 * the request's account; one published outside any request (scheduled work that did not say so)
 * is the {@code system}'s, and one from a request nobody signed in to is {@code anonymous}'s.
 */
@Singleton
final class AuditRecorder {

    static final String SYSTEM = AuditEvent.SYSTEM;
    static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = LoggerFactory.getLogger(AuditRecorder.class);
    /** The column's size (V16): a staff import names the people it put in each group. */
    private static final int MAX_TARGET = 4000;

    private final AuditRepository log;
    private final Clock clock;

    AuditRecorder(AuditRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @EventListener
    void on(AuditEvent event) {
        record(event.actor() != null ? event.actor() : currentActor(), event.action(), event.target());
    }

    @EventListener
    void on(LoginSuccessfulEvent event) {
        if (event.getSource() instanceof Authentication who) {
            record(who.getName(), "login", "");
        }
    }

    @EventListener
    void on(LoginFailedEvent event) {
        // An attempt refused unheard for too many failures is not one more line each: those cost an
        // attacker nothing, and each line a write. The failures that led to it are in the log.
        if (event.getSource() instanceof LoginThrottle.Throttled) {
            return;
        }
        // The identity typed is not kept: people sometimes type their password in that field.
        record(ANONYMOUS, "login.failed", "");
    }

    @EventListener
    void on(LogoutEvent event) {
        if (event.getSource() instanceof Authentication who) {
            record(who.getName(), "logout", "");
        }
    }

    void record(String actor, String action, String target) {
        String shortTarget = target == null ? "" : target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target;
        log.save(new AuditEntry(null, clock.instant(), actor, action, shortTarget));
        LOG.debug("audit {} {}", action, actor);
    }

    private static String currentActor() {
        return ServerRequestContext.currentRequest()
                .map(request -> request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                        .map(Authentication::getName).orElse(ANONYMOUS))
                .orElse(SYSTEM);
    }
}
