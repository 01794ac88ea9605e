package org.barometer.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What is wrong with one cell of an imported file, located the way a spreadsheet user looks for it.
 * {@code column} is empty when the whole row is at fault (a missing or extra cell).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RowError(int line, String column, String message) {
}
