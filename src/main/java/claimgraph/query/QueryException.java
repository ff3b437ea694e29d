package claimgraph.query;

import claimgraph.ClaimgraphException;

/** A canned query that is missing, unreadable or malformed. */
public final class QueryException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
