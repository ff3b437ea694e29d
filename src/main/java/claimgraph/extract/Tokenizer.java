package claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into tokens with offsets. Numbers keep their separators ("10,000", "1.5"); hyphenated
 * compounds stay whole ("122-mm", "F-16", "six-month-long") so that calibres and model names never read as
 * counts; a possessive "'s" is a token of its own.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<num>\\d{1,3}(?:,\\d{3})+(?=[-–]\\d)|\\d{1,3}(?=[-–]\\d{1,3}(?:,\\d{3})+)|\\d++(?:[.,]\\d+)*+(?![\\p{L}\\d])(?!-\\d)(?![-‑]\\p{L}{1,3}(?!\\p{L})))"
            + "|(?<poss>['’ʼ]s(?![\\p{L}]))"
            + "|(?<word>\\d+(?:[.,]\\d+)*(?:[kK]|mn|mln|bn|m)(?![\\p{L}\\d])|[\\p{L}\\d&&[^ʼ]]+(?:['’ʼ.](?!s(?!\\p{L}))[\\p{L}&&[^ʼ]]+)*(?:[-‑/][\\p{L}\\d]+)*\\.?)"
            + "|(?<punct>[^\\s\\u00A0])");

    private Tokenizer() {}

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            Token.Type type;
            int end = m.end();
            if (m.group("num") != null) {
                type = Token.Type.NUMBER;
            } else if (m.group("poss") != null) {
                type = Token.Type.POSSESSIVE;
            } else if (m.group("word") != null) {
                type = Token.Type.WORD;
                String w = m.group("word");
                // keep a trailing dot only on abbreviations like "U.S." or "Gen."; a sentence's last dot is punctuation
                if (w.endsWith(".") && !isAbbreviation(w)) {
                    end--;
                }
            } else {
                type = Token.Type.PUNCT;
            }
            tokens.add(new Token(text.substring(m.start(), end), m.start(), end, type));
            if (end < m.end()) {
                tokens.add(new Token(".", end, m.end(), Token.Type.PUNCT));
            }
        }
        return tokens;
    }

    private static boolean isAbbreviation(String w) {
        String core = w.substring(0, w.length() - 1);
        return core.contains(".") || Lexicon.ABBREVIATIONS.contains(core);
    }
}
