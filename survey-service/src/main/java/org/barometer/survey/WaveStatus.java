package org.barometer.survey;

public enum WaveStatus {
    DRAFT, SCHEDULED, OPEN, CLOSED
}
