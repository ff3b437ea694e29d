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
        String fromName = fromFileName(article.fileName(), g);
        if (fromName != null) {
            return named(fromName, g);
        }
        String fromHeader = fromHeader(article.text(), g);
        if (fromHeader != null) {
            return named(fromHeader, g);
        }
        String slug = unknownOutletInFileName(article.fileName());
        return slug == null ? null : new EntityRef(Resolver.LOCAL + Resolver.slug(slug), slug, slug, "LocalActor", false);
    }

    /**
     * An outlet the gazetteer does not know, from a file name laid out as {@code ID_OUTLET_DATE.txt}
     * ("p09_isw_2025-09-20.txt" gives "ISW", "x_nation-kenya_..." gives "Nation"): short names read as
     * abbreviations. Null when the second part is not a plain word.
     */
    static String unknownOutletInFileName(String fileName) {
        String[] parts = fileName.replaceAll("\\.[^.]+$", "").split("_");
        if (parts.length < 3 || !parts[0].matches("[A-Za-z]{0,3}\\d+")) {
            return null;
        }
        String word = parts[1].split("-")[0];
        if (!word.matches("\\p{L}{2,}")) {
            return null;
        }
        return word.length() <= 4 ? word.toUpperCase(java.util.Locale.ROOT)
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The outlet, named by its abbreviation when that is what the key spells ("..._afp_..." gives "AFP", as
     * articles credit it), else by its label ("..._eurointegration_..." gives "European Pravda").
     */
    private static EntityRef named(String key, Gazetteer g) {
        Gazetteer.Entry e = g.outlet(key);
        String name = g.outletName(key);
        boolean abbreviation = name != null && name.length() <= 6 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
        return e.ref(abbreviation ? name : e.label());
    }

    /** The file-name part that names a known outlet, or null. */
    private static String fromFileName(String fileName, Gazetteer g) {
        String stem = fileName.replaceAll("\\.[^.]+$", "");
        List<String> parts = List.of(stem.split("[_\\s.]+"));
        for (String part : parts) {
            if (part.matches("[\\d-]+") || part.length() < 2) {
                continue;
            }
            if (g.outlet(part) != null) {
                return part;
            }
            for (String piece : part.split("-")) {
                if (piece.length() >= 2 && !piece.matches("\\d+") && g.outlet(piece) != null) {
                    return piece;
                }
            }
        }
        return null;
    }

    /** A dateline credit or byline word that names a known outlet, or null. */
    private static String fromHeader(String text, Gazetteer g) {
        String[] lines = text.split("\n", HEADER_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            Matcher m = CREDIT.matcher(lines[i]);
            while (m.find()) {
                for (String credit : m.group(1).split("[/,]")) {
                    if (g.outlet(credit.strip()) != null) {
                        return credit.strip();
                    }
                }
            }
            String line = lines[i].strip();
            if (!line.isEmpty() && line.split("\\s+").length <= 5) {
                for (String word : line.split("\\s+")) {
                    if (word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && g.outlet(word) != null) {
                        return word; // a byline such as "BBC security correspondent"
                    }
                }
            }
        }
        return null;
    }
}
