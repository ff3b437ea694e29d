package claimgraph.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** A query result as plain strings (IRIs as text, literals as their lexical form, unbound as ""). */
public record Table(List<String> columns, List<List<String>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public enum Format { TSV, CSV, JSON, TABLE }

    static Table from(ResultSet rs) {
        List<String> columns = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>(columns.size());
            for (String c : columns) {
                RDFNode n = s.get(c);
                row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /** The value of a column in a row. */
    public String get(List<String> row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return row.get(i);
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown format '" + name + "' (tsv, csv, json or table)");
        }
    }

    public void write(Format format, PrintWriter out) {
        switch (format) {
            case TSV -> {
                out.println(String.join("\t", columns));
                rows.forEach(r -> out.println(String.join("\t", r.stream().map(Table::tsvCell).toList())));
            }
            case CSV -> {
                out.println(String.join(",", columns.stream().map(Table::csvCell).toList()));
                rows.forEach(r -> out.println(String.join(",", r.stream().map(Table::csvCell).toList())));
            }
            case JSON -> {
                JsonArray array = new JsonArray();
                for (List<String> r : rows) {
                    JsonObject o = new JsonObject();
                    for (int i = 0; i < columns.size(); i++) {
                        o.put(columns.get(i), r.get(i));
                    }
                    array.add(o);
                }
                out.println(array);
            }
            case TABLE -> writeAligned(out);
        }
        out.flush();
    }

    private void writeAligned(PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.min(60, Math.max(widths[i], r.get(i).length()));
            }
        }
        out.println(line(columns, widths));
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("-+-");
        }
        out.println(rule.substring(0, rule.length() - 3));
        rows.forEach(r -> out.println(line(r, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.length() > widths[i]) {
                c = c.substring(0, widths[i] - 1) + "…";
            }
            sb.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", c));
            if (i < cells.size() - 1) {
                sb.append(" | ");
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String tsvCell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
