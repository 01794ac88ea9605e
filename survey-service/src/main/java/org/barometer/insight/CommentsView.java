package org.barometer.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/waves/{id}/comments}: comments of visible groups, shuffled, never with a time. */
@Serdeable
record CommentsView(List<Group> groups) {

    @Serdeable
    record Group(@JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> segment, boolean suppressed,
                 List<String> comments) {
    }
}
