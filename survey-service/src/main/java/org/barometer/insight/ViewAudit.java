package org.barometer.insight;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;
import org.barometer.survey.WaveService;

import java.util.List;
import java.util.UUID;

/**
 * Who read which results, for the audit log: the wave (id and label), the breakdown and where
 * (the route's pattern, never a value from the query but the breakdown). Recorded after the
 * figures were computed, so a refused request reads nothing. Never who answered: nothing here
 * knows. Actions: {@code results.view}, {@code comments.view}, {@code chart.view}.
 */
@Singleton
final class ViewAudit {

    private final ApplicationEventPublisher<AuditEvent> audit;
    private final WaveService waves;

    ViewAudit(ApplicationEventPublisher<AuditEvent> audit, WaveService waves) {
        this.audit = audit;
        this.waves = waves;
    }

    /** One wave's figures read, through {@code where}. */
    void wave(String action, UUID wave, @Nullable String by, String where) {
        audit.publishEvent(new AuditEvent(action, "wave " + wave + " (" + waves.get(wave).label() + "), by="
                + breakdown(by) + ", " + where));
    }

    /** A question's trend over the closed waves, read through {@code where}. */
    void trend(String action, @Nullable String template, @Nullable String question, @Nullable String by,
               List<String> segments, String where) {
        audit.publishEvent(new AuditEvent(action, "trend of " + template + " / " + question + ", by=" + breakdown(by)
                + (segments.isEmpty() ? "" : ", segments=" + String.join(",", segments)) + ", " + where));
    }

    private static String breakdown(@Nullable String by) {
        return by == null || by.isBlank() ? "none" : by;
    }
}
