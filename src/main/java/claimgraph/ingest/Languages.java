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
    private static final int SAMPLE = 3000;
    private static final LanguageDetectorModel LOADED = load();

    private Languages() {}

    /** ISO 639-3 code; short or unclear texts count as English, since nothing better can be said of them. */
    static String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.strip().length() < 40) {
            return "eng";
        }
        Language best = new LanguageDetectorME(LOADED).predictLanguage(sample);
        return best.getConfidence() < 0.2 ? "eng" : best.getLang();
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
