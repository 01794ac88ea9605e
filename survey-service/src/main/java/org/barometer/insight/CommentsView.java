package org.barometer.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/waves/{id}/comments}: the comments of the groups whose comments the wave's
 * publication plan shows, shuffled, never with a time. {@code answers} is false while the wave is
 * open: comments are shown once it closes. {@code erased}: the wave's comments were erased with its
 * answers once kept as long as BAROMETER_ANSWER_RETENTION allows (its figures remain); no group then.
 */
@Serdeable
record CommentsView(boolean answers, boolean erased, List<Group> groups) {

    /**
     * @param suppressed no comment is shown for the group
     * @param hidden     why: the group's own reason when it is hidden, {@code protects-smaller} when
     *                   it is shown but its comments would place someone in a group under k
     */
    @Serdeable
    record Group(@JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> segment, boolean suppressed,
                 String hidden, List<String> comments) {
    }
}
