package org.barometer.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.system.Text;

/**
 * What is wrong with one cell of an imported file, located the way a spreadsheet user looks for it.
 * {@code column} is empty when the whole row is at fault (a missing or extra cell). The API says
 * {@code message} (English); the staff page says {@code text} in its reader's language.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RowError(int line, String column, String message, @JsonIgnore Text text) {

    static RowError of(int line, String column, String key, Object... arguments) {
        Text text = Text.of(key, arguments);
        return new RowError(line, column, text.english(), text);
    }

    /** The problem in {@code lang}, for the staff page (not {@code in}: a keyword of the templates' OGNL). */
    public String messageIn(String lang) {
        return text.in(lang);
    }
}
