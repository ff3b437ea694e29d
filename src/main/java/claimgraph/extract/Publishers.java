package claimgraph.extract;

import claimgraph.ingest.Article;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publisher: its metadata, else a news outlet named in its file name
 * ({@code d07_dw_2025-07-01.txt}), else a dateline's credit ("SEOUL, Nov 2, 2025 (BSS/AFP)") or a byline.
 */
final class Publishers {
    private static final Pattern CREDIT = Pattern.compile("\\(([^()]{2,40})\\)");
    private static final int HEADER_LINES = 6;

    private Publishers() {}

    static EntityRef find(Article article, Gazetteer g) {
        if (article.publisher() != null) {
            Gazetteer.Entry known = g.outlet(article.publisher());
            return known != null ? known.ref(known.label())
                    : new EntityRef(Resolver.LOCAL + Resolver.slug(article.publisher()), article.publisher(),
                            article.publisher(), "LocalActor", false);
        }
        Gazetteer.Entry fromName = fromFileName(article.fileName(), g);
        if (fromName != null) {
            return fromName.ref(fromName.label());
        }
        Gazetteer.Entry fromHeader = fromHeader(article.text(), g);
        return fromHeader == null ? null : fromHeader.ref(fromHeader.label());
    }

    private static Gazetteer.Entry fromFileName(String fileName, Gazetteer g) {
        String stem = fileName.replaceAll("\\.[^.]+$", "");
        List<String> parts = List.of(stem.split("[_\\s.]+"));
        for (String part : parts) {
            if (part.matches("[\\d-]+") || part.length() < 2) {
                continue;
            }
            Gazetteer.Entry e = g.outlet(part);
            if (e != null) {
                return e;
            }
            for (String piece : part.split("-")) {
                if (piece.length() >= 2 && !piece.matches("\\d+")) {
                    e = g.outlet(piece);
                    if (e != null) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private static Gazetteer.Entry fromHeader(String text, Gazetteer g) {
        String[] lines = text.split("\n", HEADER_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            Matcher m = CREDIT.matcher(lines[i]);
            while (m.find()) {
                for (String credit : m.group(1).split("[/,]")) {
                    Gazetteer.Entry e = g.outlet(credit.strip());
                    if (e != null) {
                        return e;
                    }
                }
            }
            String line = lines[i].strip();
            if (!line.isEmpty() && line.split("\\s+").length <= 5) {
                for (String word : line.split("\\s+")) {
                    Gazetteer.Entry e = word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                            ? g.outlet(word) : null;
                    if (e != null) {
                        return e; // a byline such as "BBC security correspondent"
                    }
                }
            }
        }
        return null;
    }
}
