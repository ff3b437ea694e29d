package claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void read_dateMarkerSharingTheFirstLine_givesDateAndBodyStart() throws IOException {
        Article a = ArticleReader.read(write("a.txt", "  date 2024-11-17 North Korea may deploy troops.\n\nMore text."));
        assertThat(a.date()).isEqualTo("2024-11-17");
        assertThat(a.text().substring(a.bodyStart())).startsWith("North Korea may deploy");
    }

    @Test
    void read_monthOnlyMarker_givesYearMonth() throws IOException {
        assertThat(ArticleReader.read(write("a.txt", "date 2024-10 Troops moved in October.")).date()).isEqualTo("2024-10");
    }

    @Test
    void read_sectionLabelThenHeadline_skipsTheLabel() throws IOException {
        Article a = ArticleReader.read(write("a.txt", "WORLD NEWS\n\nTroops Deployed in Russia for the War\n\nBody text here.\n2024-11-05\n"));
        assertThat(a.headline()).isEqualTo("Troops Deployed in Russia for the War");
        assertThat(a.date()).isEqualTo("2024-11-05");
    }

    @Test
    void read_noDateInText_takesTheDateInTheFileName() throws IOException {
        assertThat(ArticleReader.read(write("d07_dw_2025-07-01.txt", "Some sentence about troops.")).date()).isEqualTo("2025-07-01");
    }

    @Test
    void read_markdownFrontMatter_givesMetadataAndPlainText() throws IOException {
        Article a = ArticleReader.read(write("a.md", "---\ntitle: Troops arrive\nurl: https://example.org/a\n"
                + "publisher: Reuters\ndate: 2024-11-05\n---\n# Troops arrive\n\nThe **ministry** said [1,000 troops](https://x) arrived.\n"));
        assertThat(a.headline()).isEqualTo("Troops arrive");
        assertThat(a.publisher()).isEqualTo("Reuters");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.date()).isEqualTo("2024-11-05");
        assertThat(a.text()).contains("The ministry said 1,000 troops arrived.").doesNotContain("**").doesNotContain("#");
    }

    @Test
    void read_html_givesArticleTextAndOpenGraphMetadata() throws IOException {
        Article a = ArticleReader.read(write("a.html", "<html><head><title>T</title>"
                + "<meta property=\"og:title\" content=\"Troops arrive in Russia\">"
                + "<meta property=\"og:site_name\" content=\"BBC\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-05T10:00:00Z\"></head>"
                + "<body><nav>Menu</nav><article><h1>Troops arrive</h1><p>The ministry said 1,000 troops arrived.</p>"
                + "<script>var x = 1;</script></article><footer>Cookies</footer></body></html>"));
        assertThat(a.headline()).isEqualTo("Troops arrive in Russia");
        assertThat(a.publisher()).isEqualTo("BBC");
        assertThat(a.date()).isEqualTo("2024-11-05");
        assertThat(a.text()).contains("The ministry said 1,000 troops arrived.").doesNotContain("Menu", "Cookies", "var x");
    }

    @Test
    void read_emptyFile_failsNamingTheFile() throws IOException {
        Path p = write("empty.txt", "");
        assertThatThrownBy(() -> ArticleReader.read(p)).isInstanceOf(IngestException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void read_binaryFile_failsNamingTheReason() throws IOException {
        Path p = Files.write(dir.resolve("b.txt"), new byte[] {'a', 0, 'b'});
        assertThatThrownBy(() -> ArticleReader.read(p)).hasMessageContaining("b.txt").hasMessageContaining("binary");
    }

    @Test
    void read_invalidUtf8_failsNamingTheReason() throws IOException {
        Path p = Files.write(dir.resolve("c.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
        assertThatThrownBy(() -> ArticleReader.read(p)).hasMessageContaining("c.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void read_overTheSizeLimit_fails() throws IOException {
        Path p = Files.write(dir.resolve("big.txt"), new byte[(int) ArticleReader.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ArticleReader.read(p)).hasMessageContaining("big.txt").hasMessageContaining("limit");
    }

    @Test
    void read_badFrontMatter_failsNamingTheFile() throws IOException {
        Path p = write("bad.md", "---\ntitle: [unclosed\n---\nText.");
        assertThatThrownBy(() -> ArticleReader.read(p)).hasMessageContaining("bad.md").hasMessageContaining("front matter");
    }

    @Test
    void expand_folder_listsArticleFilesSorted() throws IOException {
        write("b.txt", "x");
        write("a.md", "x");
        write("notes.pdf", "x");
        write(".hidden.txt", "x");
        assertThat(ArticleReader.expand(List.of(dir))).extracting(p -> p.getFileName().toString())
                .containsExactly("a.md", "b.txt");
    }

    @Test
    void parse_germanOrFrenchArticle_isDetectedAsNotEnglish() {
        Article de = ArticleReader.parse("de.txt", "Nach Angaben des Geheimdienstes sind bereits rund 12.000 nordkoreanische "
                + "Soldaten in Russland eingetroffen, wo sie eine militärische Ausbildung erhalten, bevor sie an die Front gehen.");
        Article fr = ArticleReader.parse("fr.txt", "Selon les services de renseignement, environ 12 000 soldats nord-coréens "
                + "sont déjà arrivés en Russie, où ils suivent un entraînement militaire avant d'être envoyés au front.");
        assertThat(de.language()).isEqualTo("deu");
        assertThat(fr.language()).isEqualTo("fra");
        assertThat(ArticleReader.parse("en.txt", "The ministry said that about 1,000 troops were sent to the border on Monday.")
                .isEnglish()).isTrue();
    }
}
