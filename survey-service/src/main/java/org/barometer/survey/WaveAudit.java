package org.barometer.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;

import java.util.UUID;

/**
 * The audit entries of the wave actions HR takes, the same whether through the API or the pages.
 * Not in {@link WaveService}: the scheduler and the demo call it too, and record their own
 * entries (as {@code system}) or none.
 */
@Singleton
class WaveAudit {

    private final WaveService waves;
    private final ApplicationEventPublisher<AuditEvent> audit;

    WaveAudit(WaveService waves, ApplicationEventPublisher<AuditEvent> audit) {
        this.waves = waves;
        this.audit = audit;
    }

    void created(Wave wave) {
        audit.publishEvent(new AuditEvent("wave.create", describe(wave)));
    }

    void opened(UUID id, int invited) {
        audit.publishEvent(new AuditEvent("wave.open", describe(waves.get(id)) + ", " + invited + " invited"));
    }

    void invitedNew(UUID id, int invited) {
        audit.publishEvent(new AuditEvent("wave.invite-new", describe(waves.get(id)) + ", " + invited + " invited"));
    }

    void closed(Wave wave) {
        audit.publishEvent(new AuditEvent("wave.close", describe(wave)));
    }

    private static String describe(Wave wave) {
        return "wave " + wave.id() + " (" + wave.label() + ")";
    }
}
