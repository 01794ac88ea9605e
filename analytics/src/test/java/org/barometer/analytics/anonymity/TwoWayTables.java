package org.barometer.analytics.anonymity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rows × columns table of responses with its margins and total, as linked breakdowns. */
final class TwoWayTables {

    private TwoWayTables() {
    }

    /**
     * Cells {@code r{i}c{j}}, row margins {@code r{i}}, column margins {@code c{j}}, total
     * {@code all}; groups: total by rows, total by columns, each row by columns, each column by
     * rows.
     */
    static LinkedBreakdowns linked(long[][] table) {
        int rows = table.length;
        int columns = table[0].length;
        Map<String, Participation> cells = new LinkedHashMap<>();
        List<LinkedBreakdowns.Group> groups = new ArrayList<>();
        long total = 0;
        long[] columnSums = new long[columns];
        List<String> rowKeys = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long rowSum = 0;
            List<String> inRow = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                cells.put("r" + i + "c" + j, Participation.ofResponses(table[i][j]));
                inRow.add("r" + i + "c" + j);
                rowSum += table[i][j];
                columnSums[j] += table[i][j];
            }
            cells.put("r" + i, Participation.ofResponses(rowSum));
            groups.add(new LinkedBreakdowns.Group("r" + i, inRow));
            rowKeys.add("r" + i);
            total += rowSum;
        }
        List<String> columnKeys = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            List<String> inColumn = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                inColumn.add("r" + i + "c" + j);
            }
            cells.put("c" + j, Participation.ofResponses(columnSums[j]));
            groups.add(new LinkedBreakdowns.Group("c" + j, inColumn));
            columnKeys.add("c" + j);
        }
        cells.put("all", Participation.ofResponses(total));
        groups.add(new LinkedBreakdowns.Group("all", rowKeys));
        groups.add(new LinkedBreakdowns.Group("all", columnKeys));
        return new LinkedBreakdowns(cells, groups);
    }
}
