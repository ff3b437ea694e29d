package claimgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    @Test
    void generate_sameSeed_givesSameArticles() {
        assertThat(texts(SyntheticCorpus.generate(20, 7))).isEqualTo(texts(SyntheticCorpus.generate(20, 7)));
    }

    @Test
    void generate_differentSeeds_giveDifferentArticles() {
        List<String> first = texts(SyntheticCorpus.generate(20, 7));
        List<String> second = texts(SyntheticCorpus.generate(20, 8));
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).isNotEqualTo(second.get(i));
        }
    }

    @Test
    void generate_largerCorpus_startsWithTheSmallerOne() {
        assertThat(texts(SyntheticCorpus.generate(50, 42)).subList(0, 10))
                .isEqualTo(texts(SyntheticCorpus.generate(10, 42)));
    }

    @Test
    void generate_articles_areEnglishWithHeadlineAndFourToTwelveParagraphs() {
        for (Article a : SyntheticCorpus.generate(100, 42)) {
            assertThat(a.fileName()).matches("synthetic_\\d{5}\\.txt");
            assertThat(a.isEnglish()).as(a.fileName()).isTrue();
            assertThat(a.headline()).as(a.fileName()).isNotBlank();
            long lines = a.text().substring(a.bodyStart()).lines().filter(l -> l.strip().endsWith(".")).count();
            assertThat(lines).as(a.fileName()).isBetween(4L, 12L);
        }
    }

    @Test
    void extract_syntheticArticles_mostYieldClaims() {
        Extractor extractor = Extractor.of(Gazetteer.standard());
        List<Article> articles = SyntheticCorpus.generate(200, 42);
        long withClaims = articles.stream().filter(a -> !extractor.extract(a).isEmpty()).count();
        assertThat(withClaims).isGreaterThanOrEqualTo(160);
    }

    @Test
    void writeTo_folder_writesNumberedFilesThatReadBackAsGenerated(@TempDir Path dir) throws Exception {
        SyntheticCorpus.writeTo(dir, 3, 42);
        List<Article> generated = SyntheticCorpus.generate(3, 42);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("synthetic_00001.txt", "synthetic_00002.txt", "synthetic_00003.txt");
        }
        for (Article a : generated) {
            assertThat(ArticleReader.read(dir.resolve(a.fileName()))).isEqualTo(a);
        }
    }

    @Test
    void run_fiftyArticlesOnOneThread_reportsPositiveRates() {
        StringWriter printed = new StringWriter();
        ConvertBenchmark.Report report = ConvertBenchmark.run(50, 1, 42, new PrintWriter(printed));
        for (ConvertBenchmark.Pass pass : List.of(report.convert(), report.tokenise())) {
            assertThat(pass.articles()).isEqualTo(50);
            assertThat(pass.articlesPerSecond()).isPositive();
            assertThat(pass.megabytesPerSecond()).isPositive();
            assertThat(pass.items()).isPositive();
        }
        assertThat(report.convert().written()).isPositive();
        assertThat(report.ratio()).isPositive();
        assertThat(printed.toString()).contains("articles/s", "MB/s", "convert", "tokenise", "ratio");
    }

    private static List<String> texts(List<Article> articles) {
        return articles.stream().map(Article::text).toList();
    }
}
