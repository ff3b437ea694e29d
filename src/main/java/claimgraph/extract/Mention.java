package claimgraph.extract;

/** A gazetteer entity found in a sentence, over tokens {@code [from, to)}. */
record Mention(Gazetteer.Entry entry, Gazetteer.Form form, int from, int to, String text) {
    boolean isStateForm() {
        return entry.isState();
    }
}
