/**
 * Query: the canned SPARQL queries of {@code queries/} with their header comments, and running them.
 *
 * <p>Input: a dataset. Output: a {@link claimgraph.query.Table}. Entry point: {@link claimgraph.query.QueryCatalog}.
 */
package claimgraph.query;
