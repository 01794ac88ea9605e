package org.barometer.directory;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a staff list as exported by a spreadsheet: header row, {@code ,} or {@code ;} separator
 * (French Excel writes {@code ;}), optional UTF-8 BOM, quoted fields. Collects every problem of
 * the file at once, so HR fixes it in one go.
 */
final class StaffCsvParser {

    static final Set<String> LOCALES = Set.of("fr", "en");
    private static final Set<String> RESERVED = Set.of("email", "name", "locale");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final int MAX_VALUE = 200;

    record Result(List<StaffRow> rows, List<RowError> errors, List<String> attributeColumns, boolean hasLocale) {
    }

    Result parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            return failed(RowError.of(1, "", "staff.empty"));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separatorOf(body))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<RowError> errors = new ArrayList<>();
        List<StaffRow> rows = new ArrayList<>();
        LineIndex lines = new LineIndex(body);
        // Lines read up to the end of the last record read whole: a record that cannot be read starts after them.
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            var records = parser.iterator();
            List<String> header = header(records.next(), errors);
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors, List.of(), false);
            }
            linesRead = parser.getCurrentLineNumber();
            Map<String, Integer> seen = new HashMap<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                linesRead = parser.getCurrentLineNumber();
                int line = lines.lineOf(record.getCharacterPosition());
                StaffRow row = row(record, line, header, seen, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
            List<String> attributes = header.stream().filter(h -> !RESERVED.contains(h)).toList();
            return new Result(rows, errors, attributes, header.contains("locale"));
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // Commons CSV fails only on quotes here (no escape character is set): one opened and never
            // closed, or text after a closing one. Its own words are English and name no fix; ours do both.
            int from = lines.firstFilledFrom((int) linesRead + 1);
            errors.add(RowError.of(from, "", "staff.not-csv", from));
            return new Result(List.of(), errors, List.of(), false);
        }
    }

    private static Result failed(RowError error) {
        return new Result(List.of(), List.of(error), List.of(), false);
    }

    private static char separatorOf(String body) {
        String first = body.lines().findFirst().orElse("");
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> header(CSVRecord record, List<RowError> errors) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            String column = "column " + (i + 1);
            if (name.isEmpty()) {
                errors.add(RowError.of(1, column, "staff.header.empty"));
            } else if (header.contains(name)) {
                errors.add(RowError.of(1, name, "staff.header.twice", name));
            } else if (!RESERVED.contains(name) && !ATTRIBUTE.matcher(name).matches()) {
                errors.add(RowError.of(1, name, "staff.header.name", name));
            }
            header.add(name);
        }
        if (!header.contains("email")) {
            errors.add(RowError.of(1, "email", "staff.header.no-email"));
        }
        return header;
    }

    private static StaffRow row(CSVRecord record, int line, List<String> header, Map<String, Integer> seen,
                                List<RowError> errors) {
        if (record.size() != header.size()) {
            errors.add(RowError.of(line, "", "staff.row.cells", record.size(), header.size()));
            return null;
        }
        int before = errors.size();
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        String email = cells.get("email").toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            errors.add(RowError.of(line, "email", "staff.email.empty"));
        } else if (!validEmail(email)) {
            errors.add(RowError.of(line, "email", "staff.email.invalid", email));
        } else if (seen.containsKey(email)) {
            errors.add(RowError.of(line, "email", "staff.email.twice", email, seen.get(email)));
        } else {
            seen.put(email, line);
        }
        String locale = cells.containsKey("locale") ? cells.get("locale").toLowerCase(Locale.ROOT) : null;
        if (locale != null && !locale.isEmpty() && !LOCALES.contains(locale)) {
            errors.add(RowError.of(line, "locale", "staff.locale", cells.get("locale")));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        cells.forEach((name, value) -> {
            if (value.length() > MAX_VALUE) {
                errors.add(RowError.of(line, name, "staff.too-long", MAX_VALUE));
            } else if (!RESERVED.contains(name)) {
                attributes.put(name, value);
            }
        });
        if (errors.size() > before) {
            return null;
        }
        return new StaffRow(line, email, cells.getOrDefault("name", ""), locale == null || locale.isEmpty() ? null : locale,
                attributes);
    }

    private static boolean validEmail(String email) {
        try {
            InternetAddress address = new InternetAddress(email, true);
            address.validate();
            String domain = email.substring(email.indexOf('@') + 1);
            return address.getAddress().equals(email) && email.indexOf('@') > 0 && domain.contains(".")
                    && !domain.startsWith(".") && !domain.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }

    /** Line numbers (1-based) from character offsets, so quoted multi-line cells and blank lines count right. */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> offsets = new ArrayList<>();
            offsets.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    offsets.add(i + 1);
                }
            }
            starts = offsets.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long position) {
            int index = java.util.Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }

        /** The first line from {@code line} on that holds more than blanks (the parser skips empty lines), else {@code line}. */
        int firstFilledFrom(int line) {
            for (int n = line; n <= starts.length; n++) {
                int end = n < starts.length ? starts[n] : text.length();
                if (!text.substring(starts[n - 1], end).isBlank()) {
                    return n;
                }
            }
            return line;
        }
    }
}
