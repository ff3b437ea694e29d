package claimgraph.ingest;

import claimgraph.ClaimgraphException;

/** An input file that cannot be read as an article; the message names the file and the reason. */
public final class IngestException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
