package claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Finds the figures in a sentence: digits with separators ("10,000", "100 000", "1.5 million"), number words
 * ("three", "a thousand", "eight million"), "10,000+", ranges ("11 to 12,000" gives 11,000 and 12,000), each with
 * its qualifier. Years, dates, durations, calibres, percentages, money and vague amounts are left out.
 */
final class Quantities {
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million",
            1_000_000L, "billion", 1_000_000_000L, "mln", 1_000_000L, "bn", 1_000_000_000L, "k", 1_000L);
    private static final Map<String, Qualifier> BEFORE = Map.ofEntries(
            Map.entry("about", Qualifier.APPROXIMATELY), Map.entry("around", Qualifier.APPROXIMATELY),
            Map.entry("approximately", Qualifier.APPROXIMATELY), Map.entry("approx.", Qualifier.APPROXIMATELY),
            Map.entry("approx", Qualifier.APPROXIMATELY), Map.entry("roughly", Qualifier.APPROXIMATELY),
            Map.entry("some", Qualifier.APPROXIMATELY), Map.entry("nearly", Qualifier.APPROXIMATELY),
            Map.entry("almost", Qualifier.APPROXIMATELY), Map.entry("estimated", Qualifier.APPROXIMATELY),
            Map.entry("close to", Qualifier.APPROXIMATELY), Map.entry("closer to", Qualifier.APPROXIMATELY),
            Map.entry("circa", Qualifier.APPROXIMATELY), Map.entry("~", Qualifier.APPROXIMATELY),
            Map.entry("an estimated", Qualifier.APPROXIMATELY), Map.entry("or so", Qualifier.APPROXIMATELY),
            Map.entry("over", Qualifier.MORE_THAN), Map.entry("more than", Qualifier.MORE_THAN),
            Map.entry("above", Qualifier.MORE_THAN), Map.entry("in excess of", Qualifier.MORE_THAN),
            Map.entry("upwards of", Qualifier.MORE_THAN), Map.entry("exceeding", Qualifier.MORE_THAN),
            Map.entry("exceeds", Qualifier.MORE_THAN), Map.entry("exceeded", Qualifier.MORE_THAN),
            Map.entry("surpassed", Qualifier.MORE_THAN), Map.entry("topped", Qualifier.MORE_THAN),
            Map.entry("as high as", Qualifier.UP_TO),
            Map.entry("greater than", Qualifier.MORE_THAN), Map.entry("just over", Qualifier.MORE_THAN),
            Map.entry("well over", Qualifier.MORE_THAN), Map.entry("at least", Qualifier.AT_LEAST),
            Map.entry("no fewer than", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST),
            Map.entry("a minimum of", Qualifier.AT_LEAST), Map.entry("up to", Qualifier.UP_TO),
            Map.entry("as many as", Qualifier.UP_TO), Map.entry("as much as", Qualifier.UP_TO),
            Map.entry("a maximum of", Qualifier.UP_TO), Map.entry("at most", Qualifier.UP_TO),
            Map.entry("no more than", Qualifier.UP_TO), Map.entry("fewer than", Qualifier.UP_TO),
            Map.entry("less than", Qualifier.UP_TO), Map.entry("under", Qualifier.UP_TO),
            Map.entry("just under", Qualifier.UP_TO), Map.entry("up to around", Qualifier.UP_TO),
            Map.entry("up to about", Qualifier.UP_TO), Map.entry("approaching", Qualifier.APPROXIMATELY),
            Map.entry("nearing", Qualifier.APPROXIMATELY));

    private static final java.util.Set<String> PHRASAL_OVER = java.util.Set.of("hand", "hands", "handed", "handing",
            "turn", "turns", "turned", "turning", "take", "takes", "took", "taken", "taking", "pass", "passed",
            "passing", "sign", "signed", "signing", "give", "gave", "given", "giving", "fork", "forked");

    private Quantities() {}

    /** A number as parsed: value and the token after it. */
    private record Parsed(long value, int end, boolean scaled, boolean words) {}

    static List<Quantity> find(List<Token> tokens, String text) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Parsed p = parse(tokens, i, text);
            if (p == null) {
                i++;
                continue;
            }
            Parsed partner = rangePartner(tokens, p.end(), text);
            if (partner != null) {
                long first = p.value();
                if (!p.scaled() && first < partner.value()) {
                    long scale = partner.value() >= 1_000_000 && first < 1000 ? 1_000_000 : 1_000;
                    if (first < 1000 && first * scale <= partner.value() * 2 && partner.value() >= scale) {
                        first *= scale;
                    }
                }
                Qualifier q = qualifierBefore(tokens, i);
                int qFrom = i - qualifierLength(tokens, i);
                if (accept(tokens, i, partner.end(), first, p.words(), q, text)) {
                    found.add(new Quantity(first, q, i, p.end(), qFrom, true));
                    int pStart = p.end() + 1;
                    found.add(new Quantity(partner.value(), q, pStart, partner.end(), qFrom, true));
                }
                i = partner.end();
                continue;
            }
            Qualifier q = qualifierBefore(tokens, i);
            int qFrom = i - qualifierLength(tokens, i);
            int end = p.end();
            if (end < tokens.size() && tokens.get(end).text().equals("+")) {
                q = Qualifier.MORE_THAN;
                end++;
            } else if (end < tokens.size() && tokens.get(end).is("plus")) {
                q = Qualifier.MORE_THAN;
                end++;
            } else if (q == Qualifier.EXACT && end + 1 < tokens.size() && tokens.get(end).is("or") && tokens.get(end + 1).is("so")) {
                q = Qualifier.APPROXIMATELY; // "11,000 or so"
            }
            if (accept(tokens, i, end, p.value(), p.words(), q, text)) {
                found.add(new Quantity(p.value(), q, i, end, qFrom, false));
            }
            i = end;
        }
        return found;
    }

    private static boolean accept(List<Token> tokens, int from, int end, long value, boolean words, Qualifier q,
            String text) {
        if (from > 0) {
            Token prev = tokens.get(from - 1);
            if (Lexicon.CURRENCY.contains(prev.lower()) || Lexicon.MONTHS.contains(prev.lower().replace(".", ""))
                    || Lexicon.VAGUE_BEFORE.contains(prev.lower()) || prev.text().equals("#") || prev.is("No.")) {
                return false;
            }
            if (prev.text().equals(":") && from > 1 && tokens.get(from - 2).isNumber()) {
                return false; // a clock time
            }
            if (prev.isCapitalized() && DOCUMENT_PARTS.contains(prev.lower())) {
                return false; // "Article 4 of the treaty", "Resolution 2231"
            }
            if (prev.text().equals("+") || tokens.get(from).text().matches("0\\d+") || !words && prev.isNumber()) {
                return false; // "(+1,230)" is a day's change; "0800 722 203", "+38 066 580" are telephone numbers
            }
            if (!words && end < tokens.size() && Set.of(",", ")", ";").contains(tokens.get(end).text())
                    && namedBefore(tokens, from) && !Lexicon.PERSONNEL.contains(prev.lower())) {
                return false; // "a drone strike on Tower 22, a logistics outpost"
            }
            if (aged(tokens, from) || ageAfterName(tokens, from, end)) {
                return false; // "the two prisoners, aged 20 and 26"
            }
            if (!words && from > 1 && (value < 100 && modelName(tokens, from, end)
                    || value >= 100 && tokens.get(from).text().matches("\\d+") && namedBefore(tokens, from))) {
                return false; // "18 Leopard 1 tanks": the 1 is part of the model's name
            }
        }
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            if ((next.text().equals("-") || next.text().equals("‑")) && end + 1 < tokens.size()) {
                next = tokens.get(end + 1); // "10,000-strong", "50-year-old"
                String word = next.lower();
                String head = word.indexOf('-') > 0 ? word.substring(0, word.indexOf('-')) : word;
                if (Lexicon.NOT_COUNTED.contains(head) || !countingCompound(head)) {
                    return false; // "a 50,000-apartment housing drive", "a 1,000-km front"
                }
            }
            String n = next.lower();
            if (Lexicon.NOT_COUNTED.contains(n) || Lexicon.MONTHS.contains(n.replace(".", "")) || Lexicon.CURRENCY.contains(n)
                    || n.equals(":")) {
                return false;
            }
            if (Lexicon.NOT_COUNTED.contains(next.lower().replaceAll("s$", "")) && !next.isCapitalized()) {
                return false;
            }
            if ((n.equals("per") || n.equals("percentage")) || n.equals("%")) {
                return false;
            }
            if (notCountedBeyondModifiers(tokens, end)) {
                return false; // "11 NATO countries", "eight multinational battlegroups", "three and a half years"
            }
        }
        if (!words && value >= 1900 && value <= 2100 && from >= 3 && tokens.get(from - 1).text().equals(",")
                && tokens.get(from - 2).isNumber() && Lexicon.MONTHS.contains(tokens.get(from - 3).lower().replace(".", ""))) {
            return false; // "on Feb. 24, 2022": the year of a date, whatever follows it
        }
        if (!words && value >= 1900 && value <= 2100 && q == Qualifier.EXACT) {
            String digits = tokens.get(from).text();
            if (digits.length() == 4 && !countedNounFollows(tokens, end)) {
                return false; // a year
            }
        }
        return value > 0 && (!(words && value == 1) || oneLost(tokens, end));
    }

    private static final Set<String> ONE_OF_FORCES = Set.of("soldier", "officer", "serviceman", "servicewoman",
            "sailor", "pilot", "marine", "policeman", "peacekeeper", "trooper", "paratrooper", "fighter", "guardsman");
    private static final Set<String> LOSS_WORDS = Set.of("killed", "died", "dead", "wounded", "injured", "captured");

    /** "One Kenyan officer has been killed": "one" counts only a single soldier lost, never "one of" or "one more". */
    private static boolean oneLost(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && k < end + 2 && (tokens.get(k).isCapitalized()
                || Set.of("police", "military", "army", "navy", "security").contains(tokens.get(k).lower()))) {
            k++; // "one Kenyan officer", "one U.S. soldier", "one police officer"
        }
        if (k >= tokens.size() || !ONE_OF_FORCES.contains(tokens.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 6); j++) {
            if (LOSS_WORDS.contains(tokens.get(j).lower())) {
                return true;
            }
            if (tokens.get(j).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The counted noun, past up to two capitalised words or one modifier, is not a force: "11 NATO countries",
     * "eight multinational battlegroups", "200 civilian staff", "three and a half years".
     */
    private static boolean notCountedBeyondModifiers(List<Token> tokens, int end) {
        int k = end;
        if (k + 2 < tokens.size() && tokens.get(k).is("and") && tokens.get(k + 1).is("a") && tokens.get(k + 2).is("half")) {
            k += 3;
        }
        while (k < tokens.size() && k < end + 2 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()
                && !Lexicon.PERSONNEL.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k == end && k + 1 < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()
                && !MODIFIER_STOPS.contains(tokens.get(k).lower()) && !forceWord(tokens.get(k).lower())) {
            k++; // one lowercase modifier: "multinational", "civilian"
        }
        if (k == end || k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).lower();
        return Lexicon.NOT_COUNTED.contains(w) || Lexicon.NOT_COUNTED.contains(w.replaceAll("s$", ""));
    }

    private static final Set<String> MODIFIER_STOPS = Set.of("more", "of", "and", "or", "to", "in", "on", "at",
            "from", "with", "by", "the", "a", "an", "were", "was", "are", "is", "have", "has", "had", "be", "been",
            "will", "would", "could", "may", "might", "other", "others", "additional", "further", "new", "extra",
            "already", "still", "each", "per", "so", "as", "than", "for", "into", "who", "which", "that", "including");

    private static boolean forceWord(String w) {
        return Lexicon.PERSONNEL.contains(w) || Lexicon.MATERIEL.contains(w) || Lexicon.LOSS_NOUNS.containsKey(w);
    }

    /** "Mirage 2000", "the 2016 General Security Agreement": digits right after a name word mid-sentence. */
    private static boolean namedBefore(List<Token> tokens, int from) {
        Token prev = tokens.get(from - 1);
        String p = prev.lower();
        boolean firstWord = true;
        for (int k = 0; k < from - 1; k++) {
            firstWord &= !tokens.get(k).isWord();
        }
        return prev.isWord() && prev.isCapitalized() && !firstWord && !BEFORE.containsKey(p)
                && qualifierLength(tokens, from) == 0 && !Lexicon.MONTHS.contains(p.replace(".", ""))
                && !Lexicon.WEEKDAYS.contains(p) && !prev.text().equals(prev.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** A small number right after a capitalised word inside the sentence, with a count before it or a weapon after. */
    private static boolean modelName(List<Token> tokens, int from, int end) {
        Token prev = tokens.get(from - 1);
        String p = prev.lower();
        if (!prev.isWord() || !prev.isCapitalized() || Lexicon.MONTHS.contains(p) || Lexicon.WEEKDAYS.contains(p)) {
            return false;
        }
        Token before = tokens.get(from - 2);
        boolean countBefore = before.isNumber() || unit(before.lower()) != null;
        boolean weaponAfter = end < tokens.size() && Lexicon.MATERIEL.contains(tokens.get(end).lower());
        return countBefore || weaponAfter;
    }

    private static final java.util.Set<String> DOCUMENT_PARTS = java.util.Set.of("article", "articles", "resolution",
            "chapter", "section", "clause", "paragraph", "phase", "stage", "level", "category", "type", "annex",
            "protocol", "point", "item", "flight", "route", "highway", "road", "block", "building", "gate", "terminal");

    /** The word after "N-" counts men or weapons ("10,000-strong", "2,000-man", "100-vehicle"). */
    private static boolean countingCompound(String head) {
        String singular = head.endsWith("s") ? head : head + "s";
        return head.equals("strong") || head.equals("plus") || head.equals("odd") || head.equals("man")
                || head.equals("member") || Lexicon.PERSONNEL.contains(head) || Lexicon.PERSONNEL.contains(singular)
                || Lexicon.MATERIEL.contains(head) || Lexicon.MATERIEL.contains(singular)
                || Lexicon.LOSS_NOUNS.containsKey(head);
    }

    /** "Kim Jong Un, 41, said": an age set off by commas after a name. */
    private static boolean ageAfterName(List<Token> tokens, int from, int end) {
        return from >= 2 && end < tokens.size() && tokens.get(from - 1).text().equals(",")
                && tokens.get(end).text().equals(",") && tokens.get(from - 2).isCapitalized()
                && tokens.get(from - 2).isWord() && end - from == 1 && tokens.get(from).text().matches("\\d{1,3}");
    }

    /** A token that writes a number, in digits or in words ("two", "thousand"). */
    static boolean isNumeral(Token t) {
        String w = t.lower();
        return t.isNumber() || UNITS.containsKey(w) || SCALES.containsKey(w) && !w.equals("k") || unit(w) != null;
    }

    private static boolean aged(List<Token> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("aged") || w.equals("ages") || w.equals("age")) {
                return true;
            }
            if (!(tokens.get(k).isNumber() || java.util.Set.of("and", ",", "between", "the", "other", "one", "from", "to",
                    "of").contains(w))) {
                return false;
            }
        }
        return false;
    }

    private static boolean countedNounFollows(List<Token> tokens, int end) {
        for (int k = end; k < Math.min(tokens.size(), end + 4); k++) {
            if (tokens.get(k).isCapitalized()) {
                return false; // "the 2016 General Security Agreement": a name, not a counted noun
            }
            String w = tokens.get(k).lower();
            if (Lexicon.PERSONNEL.contains(w) || Lexicon.MATERIEL.contains(w) || Lexicon.LOSS_NOUNS.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    private static Parsed rangePartner(List<Token> tokens, int end, String text) {
        if (end + 1 >= tokens.size()) {
            return null;
        }
        String link = tokens.get(end).lower();
        if (!(link.equals("to") || link.equals("-") || link.equals("–") || link.equals("or") || link.equals("and"))) {
            return null;
        }
        if (link.equals("and") && !betweenBefore(tokens, end)) {
            return null; // "300 killed and 2,700 injured" is two figures, "between 8,000 and 10,000" a range
        }
        return parse(tokens, end + 1, text);
    }

    private static boolean betweenBefore(List<Token> tokens, int end) {
        for (int k = end - 1; k >= Math.max(0, end - 4); k--) {
            if (tokens.get(k).is("between")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SUFFIXED = java.util.regex.Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})*|\\d+(?:\\.\\d+)?)(k|K|m|mn|mln|bn)");

    private static Parsed parse(List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return digits(tokens, i, text);
        }
        java.util.regex.Matcher m = Character.isDigit(t.text().charAt(0)) ? SUFFIXED.matcher(t.text()) : null;
        if (m != null && m.matches()) { // "12K troops", "1.5m shells", "1.2bn rounds"
            String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean countFollows = i + 1 < tokens.size() && (Lexicon.PERSONNEL.contains(tokens.get(i + 1).lower())
                    || Lexicon.MATERIEL.contains(tokens.get(i + 1).lower()) || tokens.get(i + 1).isCapitalized()
                    || tokens.get(i + 1).is("of"));
            if (unit.equals("m") && !countFollows) {
                return null; // "155m" may be metres
            }
            double v = Double.parseDouble(m.group(1).replace(",", ""))
                    * (unit.equals("k") ? 1_000 : unit.equals("bn") ? 1_000_000_000 : 1_000_000);
            return v == Math.floor(v) ? new Parsed((long) v, i + 1, true, false) : null;
        }
        if (t.isWord()) {
            return words(tokens, i);
        }
        return null;
    }

    private static Parsed digits(List<Token> tokens, int i, String text) {
        String s = tokens.get(i).text();
        int end = i + 1;
        double value;
        if (s.matches("\\d{1,3}(,\\d{3})+")) {
            value = Long.parseLong(s.replace(",", ""));
        } else if (s.matches("\\d{1,3}(\\.\\d{3})+") && !scaleAt(tokens, end)) {
            value = Long.parseLong(s.replace(".", "")); // "12.000" written with a European separator
        } else if (s.matches("\\d+(\\.\\d+)?")) {
            value = Double.parseDouble(s);
        } else {
            return null;
        }
        // "100 000": groups of three digits after a space
        while (s.matches("\\d{1,3}") && end < tokens.size() && tokens.get(end).isNumber()
                && tokens.get(end).text().matches("\\d{3}") && onlySpaceBetween(text, tokens.get(end - 1), tokens.get(end))) {
            value = value * 1000 + Integer.parseInt(tokens.get(end).text());
            end++;
        }
        boolean scaled = false;
        if (scaleAt(tokens, end)) {
            value *= SCALES.get(tokens.get(end).lower());
            end++;
            scaled = true;
        } else if (end < tokens.size() && tokens.get(end).lower().endsWith("-strong")
                && SCALES.containsKey(tokens.get(end).lower().replace("-strong", ""))) {
            value *= SCALES.get(tokens.get(end).lower().replace("-strong", "")); // "a 1.2 million-strong army"
            scaled = true; // the token stays: it is the counted "-strong"
        }
        if (value != Math.floor(value)) {
            return null;
        }
        return new Parsed((long) value, end, scaled, false);
    }

    private static boolean scaleAt(List<Token> tokens, int i) {
        return i < tokens.size() && SCALES.containsKey(tokens.get(i).lower()) && !tokens.get(i).lower().equals("k");
    }

    private static boolean onlySpaceBetween(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals("\u00A0") || gap.equals("\u202F") || gap.equals("\u2009");
    }

    private static Parsed words(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        long value;
        int end = i + 1;
        if (w.equals("half") && end + 1 < tokens.size() && (tokens.get(end).is("a") || tokens.get(end).is("an"))
                && scaleAt(tokens, end + 1)) {
            // "half a million"
            return new Parsed(SCALES.get(tokens.get(end + 1).lower()) / 2, end + 2, true, true);
        }
        if ((w.equals("a") || w.equals("an")) && end < tokens.size() && tokens.get(end).is("dozen")) {
            return new Parsed(12, end + 1, false, true); // "a dozen"
        }
        if (w.equals("a") || w.equals("an")) {
            if (!scaleAt(tokens, end)) {
                return null;
            }
            value = 1;
        } else {
            Long unit = unit(w);
            if (unit == null) {
                return null;
            }
            value = unit;
        }
        if (end < tokens.size() && tokens.get(end).is("dozen")) {
            value *= 12; // "two dozen"
            end++;
        }
        boolean scaled = false;
        if (scaleAt(tokens, end) && tokens.get(end).is("hundred")) {
            value *= 100;
            end++;
            scaled = true;
        }
        if (scaleAt(tokens, end) && !tokens.get(end).is("hundred")) {
            value *= SCALES.get(tokens.get(end).lower());
            end++;
            scaled = true;
        }
        if (end < tokens.size() && (tokens.get(end).is("of") && scaled && end + 1 < tokens.size()
                && Lexicon.VAGUE_BEFORE.contains(tokens.get(end + 1).lower()))) {
            return null; // "a thousand of thousands"
        }
        return new Parsed(value, end, scaled, true);
    }

    private static Long unit(String w) {
        if (UNITS.containsKey(w)) {
            return (long) UNITS.get(w);
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(w.substring(0, dash));
            Integer ones = UNITS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return (long) (tens + ones);
            }
        }
        return null;
    }

    private static Qualifier qualifierBefore(List<Token> tokens, int i) {
        int n = qualifierLength(tokens, i);
        if (n == 0) {
            return Qualifier.EXACT;
        }
        return BEFORE.get(phrase(tokens, i - n, i));
    }

    private static int qualifierLength(List<Token> tokens, int i) {
        for (int n = 3; n >= 1; n--) {
            if (i - n >= 0 && BEFORE.containsKey(phrase(tokens, i - n, i)) && !phrasalParticle(tokens, i - n)) {
                return n;
            }
        }
        return 0;
    }

    /** "handed over 11 jets", "turned over 500 prisoners": the particle of a phrasal verb, not "more than". */
    private static boolean phrasalParticle(List<Token> tokens, int k) {
        return tokens.get(k).is("over") && k > 0 && PHRASAL_OVER.contains(tokens.get(k - 1).lower());
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).lower());
        }
        return sb.toString();
    }
}
