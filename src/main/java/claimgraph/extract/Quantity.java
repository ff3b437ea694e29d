package claimgraph.extract;

/**
 * A figure found in a sentence: its value, its qualifier, and the tokens {@code [from, to)} that write it
 * (qualifier words excluded). {@code rangeStart} is true for the first number of a range ("11 to 12,000").
 */
record Quantity(long value, Qualifier qualifier, int from, int to, int qualifierFrom, boolean inRange) {}
