package org.barometer.directory;

import io.micronaut.serde.annotation.Serdeable;

/** What is wrong with one cell of an imported file, located the way a spreadsheet user looks for it. */
@Serdeable
public record RowError(int line, String column, String message) {
}
