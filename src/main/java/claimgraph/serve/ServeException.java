package claimgraph.serve;

import claimgraph.ClaimgraphException;

/** A server that cannot start, e.g. because its port is taken or its address is not on this machine. */
public final class ServeException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
