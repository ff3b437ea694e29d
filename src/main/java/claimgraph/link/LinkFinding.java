package claimgraph.link;

import java.util.List;

/**
 * A link that did not check out: the gazetteer entity, its Wikidata item, the gazetteer's names and what Wikidata
 * calls the item (empty when the endpoint returned nothing for it: a deleted, merged or mistyped item).
 */
public record LinkFinding(String entity, String wikidata, List<String> gazetteerNames, List<String> wikidataNames) {
    public LinkFinding {
        gazetteerNames = List.copyOf(gazetteerNames);
        wikidataNames = List.copyOf(wikidataNames);
    }

    public boolean missing() {
        return wikidataNames.isEmpty();
    }

    /** One line for a report: {@code actor:x Q1: gazetteer 'A' / Wikidata 'B'}. */
    public String line() {
        String ours = "'" + gazetteerNames.get(0) + "'";
        return entity + " " + wikidata + ": " + (missing()
                ? "Wikidata has no English label for the item (deleted, merged or wrong id); gazetteer says " + ours
                : "gazetteer says " + ours + ", Wikidata says '" + String.join("' / '", wikidataNames) + "'");
    }
}
