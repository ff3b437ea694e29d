package claimgraph.store;

import claimgraph.ClaimgraphException;

/** A store that cannot be opened, locked by another process, or written. */
public final class StoreException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
