package org.barometer.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessLogFilterTest {

    @ParameterizedTest
    @CsvSource({
            "/s/Y8yGEJGjCTueNssYOmLjfw, /s/***",
            "/s/Y8yGEJGjCTueNssYOmLjfw/extra, /s/***/extra",
            "/s/thanks, /s/***",
            "/api/v1/waves/42, /api/v1/waves/42",
            "/static/respond.css, /static/respond.css"})
    void surveyLinksAreMaskedAndOtherPathsKept(String path, String logged) {
        assertEquals(logged, AccessLogFilter.maskedPath(path));
    }
}
