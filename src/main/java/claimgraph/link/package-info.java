/**
 * Link: checks the gazetteer's verified external links against the datasets they point into.
 *
 * <p>Input: the {@link claimgraph.extract.Gazetteer} (its {@code owl:sameAs} links to Wikidata) and a SPARQL
 * endpoint that answers like Wikidata's. Output: one {@link claimgraph.link.LinkFinding} per linked entity whose
 * Wikidata labels share no name with the gazetteer's, or that Wikidata does not know. Entry point:
 * {@link claimgraph.link.LinkChecker}.
 */
package claimgraph.link;
