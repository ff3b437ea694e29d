package claimgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A progress bar on the error stream: redrawn in place on a terminal, a line per tenth otherwise. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int lastTenth = -1;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.terminal = System.console() != null;
    }

    void step(int done) {
        if (total == 0) {
            return;
        }
        int tenth = done * 10 / total;
        if (!terminal && tenth == lastTenth) {
            return;
        }
        lastTenth = tenth;
        int filled = done * WIDTH / total;
        double seconds = (System.nanoTime() - started) / 1e9;
        String bar = "[" + "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "") + "]";
        String line = String.format(Locale.ROOT, "%s %d/%d articles, %.1f s", bar, done, total, seconds);
        err.print(terminal ? "\r" + line : line + System.lineSeparator());
        if (terminal && done == total) {
            err.println();
        }
        err.flush();
    }
}
