/**
 * Extract: finds the quantity claims of an article.
 *
 * <p>Input: an {@link claimgraph.ingest.Article} and the {@link claimgraph.extract.Gazetteer}. Output:
 * {@link claimgraph.extract.ExtractedClaim} records (measure, value, qualifier, status, subject, claimant,
 * location, date, sentence and number offsets). Entry point: {@link claimgraph.extract.Extractor}. Sentences
 * come from OpenNLP; figures, mentions and attributions from rules over the language of news reporting
 * (see {@code Lexicon}), never over one article's wording.
 */
package claimgraph.extract;
