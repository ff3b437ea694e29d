/**
 * RDF mapping: one article and its claims become one named graph under the claimgraph ontology.
 *
 * <p>Input: an {@link claimgraph.ingest.Article}, its publisher and its claims, and a {@link claimgraph.rdf.Run}.
 * Output: a Jena {@code DatasetGraph}. Entry point: {@link claimgraph.rdf.ClaimMapper}; vocabulary constants in
 * {@link claimgraph.rdf.CG}; SHACL checks in {@link claimgraph.rdf.Validation}. IRIs derive from the text's
 * SHA-256, so the same text always maps to the same triples.
 */
package claimgraph.rdf;
