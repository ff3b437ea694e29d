package claimgraph.extract;

import java.util.Locale;

/** A word, number or punctuation mark with its offsets in the article text. */
record Token(String text, int start, int end, Type type) {
    enum Type { WORD, NUMBER, POSSESSIVE, PUNCT }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
