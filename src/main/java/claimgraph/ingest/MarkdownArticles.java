package claimgraph.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Markdown articles with optional YAML front matter ({@code title}, {@code url}, {@code publisher}, {@code date}). */
final class MarkdownArticles {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^>[ \\t]?");

    private MarkdownArticles() {}

    static Article parse(String fileName, String content) {
        Map<?, ?> meta = Map.of();
        String body = content;
        Matcher fm = FRONT_MATTER.matcher(content);
        if (fm.find()) {
            meta = frontMatter(fileName, fm.group(1));
            body = content.substring(fm.end());
        }
        String text = plain(body).strip();
        String title = string(meta.get("title"));
        String date = string(meta.get("date"));
        date = date == null ? null : Dates.anyDate(date);
        if (date == null) {
            date = Dates.iso(fileName);
        }
        String headline = title != null ? title : PlainTextArticles.headline(text.split("\n", 5));
        return new Article(fileName, text, headline, string(meta.get("publisher")), string(meta.get("url")), date,
                Languages.detect(text), 0);
    }

    private static Map<?, ?> frontMatter(String fileName, String yaml) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (parsed == null) {
                return Map.of();
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IngestException(fileName + ": front matter is not a YAML mapping");
            }
            return map;
        } catch (YAMLException e) {
            String reason = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw new IngestException(fileName + ": invalid YAML front matter (" + reason + ")", e);
        }
    }

    /** Markdown to plain text: links keep their text, heading and emphasis marks go. */
    static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = HEADING.matcher(s).replaceAll("");
        s = QUOTE_MARK.matcher(s).replaceAll("");
        return EMPHASIS.matcher(s).replaceAll("$2");
    }

    private static String string(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof java.util.Date d
                ? d.toInstant().toString().substring(0, 10)
                : value.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
