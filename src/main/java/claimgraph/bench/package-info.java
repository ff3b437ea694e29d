/**
 * Benchmarks the whole conversion against a fixed baseline on the same machine.
 *
 * <p>Input: a seed and a number of articles; {@link claimgraph.bench.SyntheticCorpus} composes that many
 * deterministic synthetic news articles (deployments, losses, arms transfers, with filler and traps) and can
 * write them to a folder. Output: a table of articles/s and MB/s for the full convert (parse, extract, map,
 * N-Quads into a null sink) and for bare OpenNLP sentence splitting and tokenisation of the same corpus on the
 * same threads, with the ratio convert/tokenise, which stays comparable when absolute speeds drift.
 * Entry point: {@link claimgraph.bench.ConvertBenchmark#run(int, int, long, java.io.PrintWriter)} (also
 * {@code main}, and the CLI's {@code bench} command).
 */
package claimgraph.bench;
