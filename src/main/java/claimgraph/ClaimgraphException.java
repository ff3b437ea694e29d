package claimgraph;

/** Root of claimgraph's unchecked exceptions; each stage throws its own subclass. */
public class ClaimgraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClaimgraphException(String message) {
        super(message);
    }

    public ClaimgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
