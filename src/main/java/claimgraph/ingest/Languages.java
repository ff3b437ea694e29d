package claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Guesses an article's language with OpenNLP's language-detection model. */
final class Languages {
    private static final String MODEL = "/langdetect-183.bin";
    private static final int SAMPLE = 1200;
    /** English function words: where they make up a good share of the words, the model is not needed. */
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "to", "in", "a", "is",
            "that", "for", "on", "with", "was", "said", "as", "by", "have", "has", "were", "are", "from", "it");
    private static final double ENGLISH_SHARE = 0.18;
    private static final LanguageDetectorModel LOADED = load();

    private Languages() {}

    /** ISO 639-3 code; short or unclear texts count as English, since nothing better can be said of them. */
    static String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.strip().length() < 40 || englishShare(sample) >= ENGLISH_SHARE) {
            return "eng"; // the model costs milliseconds per article; plain English prose needs none
        }
        Language best = new LanguageDetectorME(LOADED).predictLanguage(sample);
        return best.getConfidence() < 0.2 ? "eng" : best.getLang();
    }

    static double englishShare(String sample) {
        String[] words = sample.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        int total = 0;
        int english = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                total++;
                english += ENGLISH.contains(w) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) english / total;
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " missing from the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
