package claimgraph.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Precision, recall and F1 over (file, measure, value), and attribute agreement among the matches. */
public record Score(int truePositives, int falsePositives, int falseNegatives, int qualifierAgree, int statusAgree,
        int claimantAgree, int locationAgree, List<String> misses, List<String> falseHits, List<String> disagreements) {
    public Score {
        misses = List.copyOf(misses);
        falseHits = List.copyOf(falseHits);
        disagreements = List.copyOf(disagreements);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double agreement(int agreeing) {
        return ratio(agreeing, truePositives);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public void print(PrintWriter out, boolean details) {
        if (details) {
            misses.forEach(m -> out.println("miss\t" + m));
            falseHits.forEach(f -> out.println("false\t" + f));
            disagreements.forEach(d -> out.println("differs\t" + d));
        }
        out.printf(Locale.ROOT, "matched %d, false hits %d, misses %d%n", truePositives, falsePositives, falseNegatives);
        out.printf(Locale.ROOT, "agreement: qualifier %.3f  status %.3f  claimant %.3f  location %.3f%n",
                agreement(qualifierAgree), agreement(statusAgree), agreement(claimantAgree), agreement(locationAgree));
        out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", precision(), recall(), f1());
        out.flush();
    }
}
