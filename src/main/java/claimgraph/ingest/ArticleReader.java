package claimgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The ingest stage's entry point: turns files (plain text, Markdown with YAML front matter, HTML) into
 * {@link Article}s, and folders into the article files they hold.
 */
public final class ArticleReader {
    /** Files larger than this are refused: no news article is that long. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final List<String> TEXT = List.of("txt", "text");
    private static final List<String> MARKDOWN = List.of("md", "markdown");
    private static final List<String> HTML = List.of("html", "htm", "xhtml");

    private ArticleReader() {}

    /** Expands folders into the article files in them (sorted, not recursive into hidden folders). */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new IngestException(input + ": cannot list folder (" + e.getMessage() + ")", e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        String ext = extension(name);
        return TEXT.contains(ext) || MARKDOWN.contains(ext) || HTML.contains(ext);
    }

    /** Reads one article; throws {@link IngestException} naming the file and the reason. */
    public static Article read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new IngestException(file + ": not a readable file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IngestException(file + ": larger than the " + MAX_BYTES / (1024 * 1024) + " MiB limit");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(name, decode(file.toString(), bytes));
    }

    /** Parses already-decoded content; the file name's extension picks the format. */
    public static Article parse(String fileName, String content) {
        String ext = extension(fileName);
        Article article;
        if (MARKDOWN.contains(ext)) {
            article = MarkdownArticles.parse(fileName, content);
        } else if (HTML.contains(ext)) {
            article = HtmlArticles.parse(fileName, content);
        } else {
            article = PlainTextArticles.parse(fileName, content);
        }
        if (article.text().isBlank()) {
            throw new IngestException(fileName + ": no article text");
        }
        return article;
    }

    static String decode(String where, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IngestException(where + ": empty file");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new IngestException(where + ": binary file (NUL byte at offset " + i + ")");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (text.isBlank()) {
                throw new IngestException(where + ": empty file (only white space)");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new IngestException(where + ": not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
