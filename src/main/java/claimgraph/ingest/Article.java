package claimgraph.ingest;

import static java.util.Objects.requireNonNull;

/**
 * One news article as read from a file.
 *
 * @param fileName  the file's name, without folders
 * @param text      the article's plain text; every character offset in the graph points into it
 * @param headline  the headline, or null when the file has none
 * @param publisher the publisher's name as the file's metadata gives it, or null
 * @param url       the article's address as its metadata gives it, or null
 * @param date      the article's date as {@code YYYY-MM-DD} or {@code YYYY-MM}, or null when unknown
 * @param language  ISO 639-3 code of the detected language (e.g. {@code eng})
 * @param bodyStart offset in {@code text} where the prose starts (after a leading {@code date} marker)
 */
public record Article(String fileName, String text, String headline, String publisher, String url, String date,
        String language, int bodyStart) {
    public Article {
        requireNonNull(fileName, "fileName");
        requireNonNull(text, "text");
        requireNonNull(language, "language");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart " + bodyStart + " outside the text of " + fileName);
        }
    }

    /** An English article with no metadata: handy for tests and generators. */
    public static Article of(String fileName, String text) {
        return new Article(fileName, text, null, null, null, null, "eng", 0);
    }

    public boolean isEnglish() {
        return language.equals("eng");
    }
}
