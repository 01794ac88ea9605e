package org.barometer.insight;

import jakarta.inject.Singleton;
import org.barometer.analytics.disclosure.PublicationPlan;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveStatus;
import org.barometer.survey.WaveTotals;

/** The whole wave's participation from its publication plan, for the waves' API and page. */
@Singleton
class OrganisationTotals implements WaveTotals {

    private final Publication publication;

    OrganisationTotals(Publication publication) {
        this.publication = publication;
    }

    @Override
    public Long responded(Wave wave) {
        if (wave.status() == WaveStatus.DRAFT || wave.status() == WaveStatus.SCHEDULED) {
            return 0L;
        }
        PublicationPlan.Group organisation = publication.of(wave).organisation();
        return organisation.shown() ? organisation.participation().responded() : null;
    }
}
