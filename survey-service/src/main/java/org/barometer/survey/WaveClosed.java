package org.barometer.survey;

import java.util.UUID;

/** Published inside the closing transaction, so whatever listeners store commits (or rolls back) with the close. */
public record WaveClosed(UUID waveId) {
}
