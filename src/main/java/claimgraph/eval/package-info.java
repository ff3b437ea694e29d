/**
 * Evaluation: scores the claims table against hand-annotated gold files.
 *
 * <p>Input: a {@link claimgraph.eval.Gold} file set and the claims {@link claimgraph.query.Table}. Output: a
 * {@link claimgraph.eval.Score}. Entry point: {@link claimgraph.eval.Scorer}.
 */
package claimgraph.eval;
