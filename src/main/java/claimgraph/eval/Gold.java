package claimgraph.eval;

import claimgraph.ClaimgraphException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Gold files: TSV with a header row {@code doc measure value qualifier status subject claimants locations quote}. */
public record Gold(List<GoldRow> rows) {
    private static final List<String> HEADER = List.of("doc", "measure", "value", "qualifier", "status", "subject",
            "claimants", "locations", "quote");

    public Gold {
        rows = List.copyOf(rows);
    }

    public static Gold read(List<Path> files) {
        List<GoldRow> rows = new ArrayList<>();
        for (Path f : files) {
            rows.addAll(read(f).rows());
        }
        return new Gold(rows);
    }

    public static Gold read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimgraphException(file + ": cannot read gold file (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty() || !Arrays.asList(lines.get(0).split("\t")).equals(HEADER)) {
            throw new ClaimgraphException(file + ": line 1: expected the header " + String.join(" ", HEADER));
        }
        List<GoldRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] c = lines.get(i).split("\t", -1);
            if (c.length < 9) {
                throw new ClaimgraphException(file + ": line " + (i + 1) + ": expected 9 columns, found " + c.length);
            }
            long value;
            try {
                value = Long.parseLong(c[2].strip());
            } catch (NumberFormatException e) {
                throw new ClaimgraphException(file + ": line " + (i + 1) + ": value '" + c[2] + "' is not an integer", e);
            }
            rows.add(new GoldRow(c[0], c[1], value, c[3], c[4], c[5], split(c[6]), split(c[7]), c[8]));
        }
        return new Gold(rows);
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }
}
