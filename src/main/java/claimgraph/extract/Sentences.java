package claimgraph.extract;

import claimgraph.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/** Splits an article into paragraphs (lines) and sentences (OpenNLP's English sentence model). */
final class Sentences {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel LOADED = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(LOADED));

    /** Links to other stories ("READ: ...", "Related: ...") are not part of the article's text. */
    private static final java.util.regex.Pattern RELATED = java.util.regex.Pattern.compile(
            "(?i)(read|also read|read also|read more|related|see also|watch|listen|more on this|recommended)\\s*:");

    private Sentences() {}

    static List<Sentence> split(Article article, Gazetteer g) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        Set<String> seenLines = new HashSet<>();
        String headline = article.headline() == null ? null : article.headline().strip();
        int paragraph = 0;
        int pos = article.bodyStart();
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd);
            String stripped = line.strip().replace('\u00A0', ' ').strip();
            if (!stripped.isEmpty() && !RELATED.matcher(stripped).lookingAt()) {
                boolean titleLike = !stripped.matches("(?s).*[.!?\"”’)]$") || stripped.equals(headline)
                        || !seenLines.add(stripped);
                for (opennlp.tools.util.Span s : joinAbbreviations(line, DETECTOR.get().sentPosDetect(line))) {
                    int start = pos + s.getStart();
                    int end = pos + s.getEnd();
                    while (start < end && isSpace(text.charAt(start))) {
                        start++;
                    }
                    while (end > start && isSpace(text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > start) {
                        List<Token> tokens = Tokenizer.tokenize(text, start, end);
                        out.add(new Sentence(new Span(start, end), paragraph, titleLike, tokens,
                                Mentions.find(tokens, g, text)));
                    }
                }
                paragraph++;
            }
            pos = lineEnd + 1;
        }
        return out;
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,}$");
    /** Titles and name prefixes never end a sentence ("Maj. Gen. Pat Ryder", "Sen. Smith", "St. Petersburg"). */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "(?:^|[\\s(\"“])(?:Gen|Lt|Col|Maj|Sgt|Capt|Cpt|Adm|Brig|Cmdr|Cdr|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|Rev|Pres|Amb|Gens|Reps|Sens|St|Ft|Mt)\\.$");
    /** Abbreviated months and "approx." end a sentence only when no number follows ("since Feb. 24, 2022"). */
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|ca|est|No|Nos)\\.$");

    /**
     * Undoes the model's splits after an initial ("N. Korea", "Lloyd J. Austin"), after a title ("Maj. Gen. Pat
     * Ryder"), after an abbreviated month followed by a day or year ("Feb. 24, 2022") and after a dotted
     * abbreviation followed by a lower-case word ("the E.U. said").
     */
    static opennlp.tools.util.Span[] joinAbbreviations(String line, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : spans) {
            if (!out.isEmpty()) {
                opennlp.tools.util.Span prev = out.get(out.size() - 1);
                String before = line.substring(prev.getStart(), prev.getEnd()).stripTrailing();
                String next = line.substring(s.getStart(), s.getEnd()).stripLeading();
                if (endsWith(INITIAL, before) || endsWith(TITLE, before)
                        || endsWith(MONTH, before) && !next.isEmpty() && Character.isDigit(next.charAt(0))
                        || endsWith(DOTTED, before) && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    out.set(out.size() - 1, new opennlp.tools.util.Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new opennlp.tools.util.Span[0]);
    }

    /** The pattern (anchored at the end) matches the last characters of the sentence: only those are scanned. */
    private static boolean endsWith(java.util.regex.Pattern p, String sentence) {
        return p.matcher(sentence).region(Math.max(0, sentence.length() - 24), sentence.length())
                .useAnchoringBounds(false).find();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    private static SentenceModel load() {
        try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " missing from the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
