package claimgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles as the seeds show them: an optional leading {@code date YYYY-MM[-DD]} marker (which may
 * share its line with the first sentence), an optional section label and headline line, blank lines.
 */
final class PlainTextArticles {
    private static final Pattern MARKER = Pattern.compile("\\A\\s*date\\s+((?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?)[ \\t\\u00A0]*");
    private static final int HEADER_LINES = 15;

    private PlainTextArticles() {}

    static Article parse(String fileName, String text) {
        Matcher marker = MARKER.matcher(text);
        String date = null;
        int bodyStart = 0;
        if (marker.find()) {
            date = Dates.iso(marker.group(1));
            bodyStart = marker.end();
        }
        String[] lines = text.substring(bodyStart).split("\n", HEADER_LINES + 1);
        String headline = headline(lines);
        if (date == null) {
            date = dateInHeader(lines);
        }
        if (date == null) {
            date = Dates.iso(fileName);
        }
        return new Article(fileName, text, headline, null, null, date, Languages.detect(text), bodyStart);
    }

    /** The first line that reads like a headline: no end punctuation, not a section label. */
    static String headline(String[] lines) {
        for (int i = 0; i < Math.min(lines.length, 4); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || isSectionLabel(line)) {
                continue;
            }
            boolean ends = line.matches(".*[.!?\"”:;]$");
            return !ends && line.length() <= 250 && line.split("\\s+").length >= 3 ? line : null;
        }
        return null;
    }

    static boolean isSectionLabel(String line) {
        return line.length() <= 40 && line.equals(line.toUpperCase(java.util.Locale.ROOT)) && line.split("\\s+").length <= 5;
    }

    /** A date standing alone on a header line ("2024-11-05", "July 1, 2025") or opening a dateline. */
    private static String dateInHeader(String[] lines) {
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            String line = lines[i].strip();
            if (line.length() > 0 && line.length() <= 60) {
                String date = Dates.anyDate(line);
                if (date != null) {
                    return date;
                }
            }
            if (line.length() > 60) {
                String opening = line.substring(0, 60);
                if (opening.matches("^[A-Z][A-Za-z .]+,.*\\(.*")) { // "SEOUL, Nov 2, 2025 (BSS/AFP) - ..."
                    String date = Dates.anyDate(opening);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }
}
