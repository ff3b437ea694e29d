/**
 * Ingest: reads files into {@link claimgraph.ingest.Article} records.
 *
 * <p>Input: plain text (optional {@code date} marker, headline, section label), Markdown with YAML front
 * matter, HTML pages. Output: an {@code Article} with its text, metadata and detected language. Entry point:
 * {@link claimgraph.ingest.ArticleReader}. Bad files throw {@link claimgraph.ingest.IngestException} with a
 * one-line message naming the file and the reason.
 */
package claimgraph.ingest;
