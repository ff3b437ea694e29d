package claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private static List<Quantity> find(String sentence) {
        return Quantities.find(Tokenizer.tokenize(sentence, 0, sentence.length()), sentence);
    }

    private static List<Long> values(String sentence) {
        return find(sentence).stream().map(Quantity::value).toList();
    }

    @Test
    void find_numberWithSpaceSeparator_readsHundredThousand() {
        assertThat(values("The North may deploy up to 100 000 troops.")).containsExactly(100_000L);
        assertThat(values("The North may deploy up to 100\u00A0000 troops.")).containsExactly(100_000L);
    }

    @Test
    void find_commaSeparatorsAndTrailingPlus_readMoreThan() {
        List<Quantity> q = find("South Korea reports 10,000+ troops in Russia.");
        assertThat(q).extracting(Quantity::value).containsExactly(10_000L);
        assertThat(q.get(0).qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void find_numberWords_readTheirValue() {
        assertThat(values("including 500 officers and three generals")).containsExactly(500L, 3L);
        assertThat(values("a thousand of their troops were killed")).containsExactly(1_000L);
        assertThat(values("As many as eight million shells have been supplied")).containsExactly(8_000_000L);
        assertThat(values("over 5 million artillery rounds")).containsExactly(5_000_000L);
        assertThat(values("some twenty-five soldiers")).containsExactly(25L);
    }

    @Test
    void find_rangeWithShortenedFirstNumber_givesTwoFullFigures() {
        List<Quantity> q = find("could be closer to around 11 to 12,000 troops");
        assertThat(q).extracting(Quantity::value).containsExactly(11_000L, 12_000L);
        assertThat(q).extracting(Quantity::qualifier).containsOnly(Qualifier.APPROXIMATELY);
    }

    @Test
    void find_qualifierWords_mapToTheFiveQualifiers() {
        assertThat(find("about 2,000 troops").get(0).qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(find("the estimated 11,000 troops").get(0).qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(find("some 1,000 British troops").get(0).qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(find("over 10,000 soldiers").get(0).qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(find("more than 3000 soldiers").get(0).qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(find("at least two prisoners").get(0).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(find("as many as 5,000 troops").get(0).qualifier()).isEqualTo(Qualifier.UP_TO);
        assertThat(find("an additional 3,000 personnel").get(0).qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void find_qualifierOfFirstNumber_doesNotCarryToSecond() {
        List<Quantity> q = find("at least 300 killed and 2,700 injured");
        assertThat(q).extracting(Quantity::qualifier).containsExactly(Qualifier.AT_LEAST, Qualifier.EXACT);
    }

    @Test
    void find_yearsDatesDurationsAndUnits_areNotFigures() {
        assertThat(values("Troops were sent in 2024 and in July 2025.")).isEmpty();
        assertThat(values("On October 24, intelligence reported it; on 31 July it was confirmed.")).isEmpty();
        assertThat(values("nearly three years into the war, within 10 days")).isEmpty();
        assertThat(values("122-mm and 152-mm shells, F-16 jets, the G-20 summit, Kn-23/24 missiles")).isEmpty();
        assertThat(values("the 810 separate brigade of marines and the 4th Brigade")).isEmpty();
        assertThat(values("lost over 40 percent of the territory, nearly 40% casualties")).isEmpty();
        assertThat(values("pledged $100 million to fund the effort")).isEmpty();
        assertThat(values("a date line 2024-11-05 and a 21st-century war")).isEmpty();
    }

    @Test
    void find_vagueAmounts_areNotFigures() {
        assertThat(values("thousands of soldiers, several thousand troops, several hundred casualties")).isEmpty();
        assertThat(values("tens of thousands of troops and hundreds of drones")).isEmpty();
    }

    @Test
    void find_theWordOne_isNotACount() {
        assertThat(values("One prisoner had already asked to live in South Korea.")).isEmpty();
    }

    @Test
    void find_fourDigitNumberBeforeACountedNoun_isAFigureNotAYear() {
        assertThat(values("2000 troops arrived")).containsExactly(2000L);
    }

    @Test
    void find_betweenAndRange_givesBothEnds() {
        assertThat(values("between 8,000 and 10,000 soldiers")).containsExactly(8_000L, 10_000L);
    }

    @Test
    void find_hyphenatedRangeOfSeparatedNumbers_givesBothEnds() {
        assertThat(values("some 10,000-12,000 North Korean troops")).containsExactly(10_000L, 12_000L);
        assertThat(values("three to four thousand soldiers")).containsExactly(3_000L, 4_000L);
        assertThat(values("dated 2024-11-05")).isEmpty();
    }
}
