package claimgraph.extract;

/**
 * Who a sentence says a figure comes from, and where in the sentence the attribution stands: tokens
 * {@code [from, to)} cover the claimant's words and the reporting verb's complements up to "that" or a comma
 * (places named there are where the statement was made, not where the forces are).
 */
record Attribution(EntityRef claimant, int from, int to, int anchor) {}
