package claimgraph.extract;

import java.util.List;

/**
 * One sentence of an article with its tokens and the entities found in it.
 *
 * @param paragraph index of the paragraph (line block) it belongs to
 * @param titleLike true for headline-like lines (no closing punctuation) and lines repeating the headline
 */
record Sentence(Span span, int paragraph, boolean titleLike, List<Token> tokens, List<Mention> mentions) {}
