/**
 * Serve: the claim graph over HTTP, through an embedded Fuseki.
 *
 * <p>Input: a dataset (usually the TDB2 store, one named graph per article) and a {@link claimgraph.serve.ServerConfig}.
 * Output: a running server with a read-only SPARQL 1.1 query endpoint ({@code /claims/sparql}) whose default graph
 * is the union of the named graphs, the canned-query list ({@code /api/queries}), the web UI ({@code /}) and its
 * libraries ({@code /webjars/*}); queries are time-limited, {@code SERVICE} calls only allow-listed endpoints, and
 * update ({@code /claims/update}, HTTP Basic) exists only when the configuration asks for it.
 * Entry point: {@link claimgraph.serve.ClaimServer}.
 */
package claimgraph.serve;
