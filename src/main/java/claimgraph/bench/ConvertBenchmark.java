package claimgraph.bench;

import claimgraph.ClaimgraphException;
import claimgraph.extract.EntityRef;
import claimgraph.extract.Extractor;
import claimgraph.extract.ExtractedClaim;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Times the full convert (decode and parse, extract, map to RDF, write N-Quads into a null sink) over a synthetic
 * corpus, next to bare OpenNLP sentence splitting and tokenisation of the same corpus on the same threads, so
 * the ratio between the two stays comparable across machines whose absolute speeds drift.
 */
public final class ConvertBenchmark {
    /** Articles each pass runs untimed first, so the JIT has compiled the hot paths. */
    static final int WARM_UP = 1_000;
    /** Timed slices per pass; tokenise and convert alternate slice by slice. */
    static final int SLICES = 5;
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final Run RUN = Run.at("0.1.0", Instant.parse("2025-01-01T00:00:00Z"));
    private static final double MB = 1_000_000.0;

    /**
     * One timed pass.
     *
     * @param name     what the pass does
     * @param articles articles processed
     * @param bytes    UTF-8 bytes of article text read
     * @param nanos    wall-clock time of the pass
     * @param items    claims extracted (convert) or tokens found (tokenise)
     * @param written  bytes of N-Quads written to the null sink (0 for tokenise)
     */
    public record Pass(String name, int articles, long bytes, long nanos, long items, long written) {
        public double seconds() {
            return nanos / 1e9;
        }

        public double megabytes() {
            return bytes / MB;
        }

        public double articlesPerSecond() {
            return articles / seconds();
        }

        public double megabytesPerSecond() {
            return megabytes() / seconds();
        }
    }

    /** Both passes over the same corpus; {@link #ratio()} is the number to compare between runs. */
    public record Report(int threads, long seed, Pass convert, Pass tokenise) {
        /** Convert speed as a fraction of bare tokenisation speed (same corpus, same threads). */
        public double ratio() {
            return convert.articlesPerSecond() / tokenise.articlesPerSecond();
        }
    }

    /** The articles' file names and UTF-8 contents, index by index. */
    private record Corpus(List<String> names, List<byte[]> contents) {
        static Corpus of(int articles, long seed) {
            List<String> names = new ArrayList<>(articles);
            List<byte[]> contents = new ArrayList<>(articles);
            for (int n = 1; n <= articles; n++) {
                names.add(SyntheticCorpus.fileName(n));
                contents.add(SyntheticCorpus.text(seed, n).getBytes(StandardCharsets.UTF_8));
            }
            return new Corpus(names, contents);
        }

        Corpus slice(int from, int to) {
            return new Corpus(names.subList(from, to), contents.subList(from, to));
        }

        long bytes() {
            return contents.stream().mapToLong(b -> b.length).sum();
        }
    }

    /** What a pass does to one article, returning its items; {@code sink} counts bytes written. */
    private interface Work {
        long apply(String fileName, byte[] content, CountingSink sink);
    }

    private ConvertBenchmark() {}

    /** Runs the benchmark with 10,000 articles on 2 threads (seed 42), or {@code [articles [threads [seed]]]}. */
    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        run(articles, threads, seed, out);
        out.flush();
    }

    /**
     * Generates the corpus, warms both passes up, then times them slice by slice, tokenise and convert in turn,
     * so that load from other processes falls on both alike; prints the table to {@code out}.
     */
    public static Report run(int articles, int threads, long seed, PrintWriter out) {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1, got " + articles);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Corpus corpus = Corpus.of(articles, seed);
        Work convert = converter(Extractor.of(Gazetteer.standard()));
        Work tokenise = tokeniser();
        int warmUp = Math.min(WARM_UP, articles);
        int slices = Math.min(SLICES, articles);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            time("convert", convert, corpus.slice(0, warmUp), pool, threads);
            time("tokenise", tokenise, corpus.slice(0, warmUp), pool, threads);
            Pass tokens = new Pass("tokenise", 0, 0, 0, 0, 0);
            Pass claims = new Pass("convert", 0, 0, 0, 0, 0);
            for (int i = 0; i < slices; i++) {
                Corpus slice = corpus.slice(i * articles / slices, (i + 1) * articles / slices);
                tokens = sum(tokens, time("tokenise", tokenise, slice, pool, threads));
                claims = sum(claims, time("convert", convert, slice, pool, threads));
            }
            Report report = new Report(threads, seed, claims, tokens);
            print(report, warmUp, slices, out);
            return report;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Work converter(Extractor extractor) {
        return (fileName, content, sink) -> {
            Article article = ArticleReader.parse(fileName, new String(content, StandardCharsets.UTF_8));
            List<ExtractedClaim> claims = extractor.extract(article);
            EntityRef publisher = extractor.publisher(article);
            DatasetGraph dataset = ClaimMapper.toDataset(article, publisher, claims, RUN);
            RDFDataMgr.write(sink, dataset, Lang.NQUADS);
            return claims.size();
        };
    }

    private static Work tokeniser() {
        SentenceModel sentences = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokens = load(TOKEN_MODEL, TokenizerModel::new);
        ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentences));
        ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        return (fileName, content, sink) -> {
            String text = new String(content, StandardCharsets.UTF_8);
            long count = 0;
            for (Span sentence : detector.get().sentPosDetect(text)) {
                count += tokenizer.get().tokenizePos(sentence.getCoveredText(text).toString()).length;
            }
            return count;
        };
    }

    /** Runs the work over the articles in chunks on the pool and times the whole pass. */
    private static Pass time(String name, Work work, Corpus corpus, ExecutorService pool, int threads) {
        int size = corpus.names().size();
        int chunk = Math.max(1, Math.min(50, size / (threads * 8)));
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (int from = 0; from < size; from += chunk) {
            Corpus part = corpus.slice(from, Math.min(size, from + chunk));
            tasks.add(() -> runChunk(name, work, part));
        }
        System.gc();
        long started = System.nanoTime();
        long items = 0;
        long written = 0;
        try {
            for (Future<long[]> f : pool.invokeAll(tasks)) {
                long[] totals = f.get();
                items += totals[0];
                written += totals[1];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimgraphException(name + " pass interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new ClaimgraphException(cause.getMessage(), cause);
        }
        return new Pass(name, size, corpus.bytes(), System.nanoTime() - started, items, written);
    }

    private static long[] runChunk(String name, Work work, Corpus part) {
        CountingSink sink = new CountingSink();
        long items = 0;
        for (int i = 0; i < part.names().size(); i++) {
            try {
                items += work.apply(part.names().get(i), part.contents().get(i), sink);
            } catch (RuntimeException e) {
                throw new ClaimgraphException(part.names().get(i) + ": " + name + " failed (" + e + ")", e);
            }
        }
        return new long[] {items, sink.count};
    }

    private static Pass sum(Pass a, Pass b) {
        return new Pass(a.name(), a.articles() + b.articles(), a.bytes() + b.bytes(), a.nanos() + b.nanos(),
                a.items() + b.items(), a.written() + b.written());
    }

    private static void print(Report r, int warmUp, int slices, PrintWriter out) {
        out.printf(Locale.ROOT, "claimgraph convert benchmark: %,d synthetic articles (seed %d), %d thread%s, "
                + "warm-up %,d articles per pass, timed in %d interleaved slices%n", r.convert().articles(), r.seed(),
                r.threads(), r.threads() == 1 ? "" : "s", warmUp, slices);
        out.printf(Locale.ROOT, "%-9s %9s %8s %8s %11s %7s%n", "pass", "articles", "MB", "seconds", "articles/s",
                "MB/s");
        for (Pass p : List.of(r.tokenise(), r.convert())) {
            out.printf(Locale.ROOT, "%-9s %9d %8.2f %8.2f %11.1f %7.2f%n", p.name(), p.articles(), p.megabytes(),
                    p.seconds(), p.articlesPerSecond(), p.megabytesPerSecond());
        }
        out.printf(Locale.ROOT, "ratio convert/tokenise: %.3f (convert runs at %.1f%% of bare tokenisation speed)%n",
                r.ratio(), 100 * r.ratio());
        out.printf(Locale.ROOT, "tokenise found %,d tokens (%,.0f tokens/s); convert extracted %,d claims "
                + "and wrote %.2f MB of N-Quads%n", r.tokenise().items(), r.tokenise().items() / r.tokenise().seconds(),
                r.convert().items(), r.convert().written() / MB);
        out.println("(MB = 10^6 bytes of UTF-8 article text)");
        out.flush();
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = ConvertBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClaimgraphException("OpenNLP model " + resource + " missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read OpenNLP model", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        return task -> {
            Thread t = new Thread(task, "bench-worker");
            t.setDaemon(true);
            return t;
        };
    }

    /** Discards what is written and counts the bytes. */
    private static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
