package claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** HTML pages: the article's text blocks, {@code <title>}/{@code og:} metadata, {@code article:published_time}. */
final class HtmlArticles {
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre";
    private static final String NOISE = "script, style, noscript, nav, header > nav, footer, aside, form, iframe, svg, "
            + "button, [aria-hidden=true], .advert, .ad, .share, .related";

    private HtmlArticles() {}

    static Article parse(String fileName, String html) {
        Document doc = Jsoup.parse(html);
        String title = first(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
        String publisher = first(meta(doc, "og:site_name"), meta(doc, "publisher"), meta(doc, "author"));
        String url = first(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        String rawDate = first(meta(doc, "article:published_time"), meta(doc, "date"), meta(doc, "dc.date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String date = rawDate == null ? Dates.iso(fileName) : Dates.anyDate(rawDate);
        doc.select(NOISE).remove();
        Element root = first(doc.selectFirst("article"), doc.selectFirst("main"), doc.body());
        String text = root == null ? "" : blocks(root);
        return new Article(fileName, text, title, publisher, url, date, Languages.detect(text), 0);
    }

    private static String blocks(Element root) {
        List<String> parts = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(p -> p != root && p.is(BLOCKS))) {
                continue; // nested block: its text is in the outer block already
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return parts.isEmpty() ? root.wholeText().strip() : String.join("\n\n", parts);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Element e, String attr) {
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
