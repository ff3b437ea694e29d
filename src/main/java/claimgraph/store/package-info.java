/**
 * Store: a persistent TDB2 dataset of claim graphs.
 *
 * <p>Input: converted articles (one named graph each) and reference graphs (ontology, shapes, gazetteer).
 * Output: the dataset, with the union of its graphs as default graph. Entry point:
 * {@link claimgraph.store.ClaimStore}. Each article's graph is replaced in one transaction.
 */
package claimgraph.store;
