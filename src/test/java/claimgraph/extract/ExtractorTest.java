package claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction rules, each on sentences written for the test in the language of news reporting. */
class ExtractorTest {
    private static final Extractor EXTRACTOR = Extractor.of(Gazetteer.standard());

    private static List<ExtractedClaim> extract(String text) {
        return EXTRACTOR.extract(ArticleReader.parse("test_2024-11-20.txt", text));
    }

    private static ExtractedClaim only(String text) {
        List<ExtractedClaim> claims = extract(text);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void extract_troopsWithNationality_givesPersonnelOfThatState() {
        ExtractedClaim c = only("Seoul said about 3,000 North Korean soldiers have arrived in Russia.");
        assertThat(c.measure()).isEqualTo(Measure.PERSONNEL);
        assertThat(c.value()).isEqualTo(3_000);
        assertThat(c.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(c.status()).isEqualTo(Status.ACTUAL);
        assertThat(c.subject().label()).isEqualTo("North Korea");
        assertThat(c.location().mention()).isEqualTo("Russia");
    }

    @Test
    void extract_casualtyVerbs_chooseKilledWoundedOrCasualties() {
        assertThat(only("Officials said 300 Russian soldiers were killed in the attack.").measure()).isEqualTo(Measure.KILLED);
        assertThat(only("Officials said 300 Russian soldiers were wounded in the attack.").measure()).isEqualTo(Measure.WOUNDED);
        assertThat(only("Officials said 300 Russian soldiers were killed or wounded.").measure()).isEqualTo(Measure.CASUALTIES);
        assertThat(only("The army said it suffered 450 casualties last week.").measure()).isEqualTo(Measure.CASUALTIES);
        assertThat(only("Kyiv said its forces took 12 prisoners near the border.").measure()).isEqualTo(Measure.CAPTURED);
    }

    @Test
    void extract_killedAndVagueInjured_keepsKilledOnly() {
        ExtractedClaim c = only("The agency estimates that around 700 soldiers have been killed and thousands injured.");
        assertThat(c.measure()).isEqualTo(Measure.KILLED);
        assertThat(c.value()).isEqualTo(700);
    }

    @Test
    void extract_modalsAndPlans_makeAFigurePossible() {
        assertThat(only("Russia could deploy up to 20,000 troops next year.").status()).isEqualTo(Status.POSSIBLE);
        assertThat(only("The ministry plans to send 4,000 soldiers.").status()).isEqualTo(Status.POSSIBLE);
        assertThat(only("As many as 2,500 troops would be placed on standby.").status()).isEqualTo(Status.POSSIBLE);
    }

    @Test
    void extract_hedgedEstimateOfThePast_staysActualButHedged() {
        ExtractedClaim c = only("Pyongyang is believed to have dispatched over 9,000 troops to Russia.");
        assertThat(c.status()).isEqualTo(Status.ACTUAL);
        assertThat(c.hedged()).isTrue();
        assertThat(c.subject().label()).isEqualTo("North Korea");
    }

    @Test
    void extract_accordingTo_namesTheClaimant() {
        ExtractedClaim c = only("According to the NIS, approximately 1,200 troops have already arrived in Russia.");
        assertThat(c.claimant().mention()).isEqualTo("NIS");
        assertThat(c.claimant().linked()).isTrue();
    }

    @Test
    void extract_postposedSaid_namesTheClaimant() {
        ExtractedClaim c = only("The number of soldiers rose by about 1,500, the Pentagon said on Tuesday.");
        assertThat(c.claimant().mention()).isEqualTo("Pentagon");
        assertThat(c.measure()).isEqualTo(Measure.PERSONNEL);
    }

    @Test
    void extract_countryPlusDescriptor_resolvesToTheAgency() {
        ExtractedClaim c = only("South Korea's spy agency said 1,000 more troops were sent.");
        assertThat(c.claimant().mention()).isEqualTo("South Korea's spy agency");
        assertThat(c.claimant().label()).isEqualTo("National Intelligence Service");
    }

    @Test
    void extract_titledPersonName_namesThePerson() {
        ExtractedClaim c = only("Army spokesman Colonel Ivan Petrenko told reporters that 800 soldiers had been deployed.");
        assertThat(c.claimant().mention()).isEqualTo("Ivan Petrenko");
        assertThat(c.claimant().kind()).isEqualTo("Person");
        assertThat(c.claimant().linked()).isFalse();
    }

    @Test
    void extract_relativeClauseBetweenClaimantAndVerb_isSkipped() {
        ExtractedClaim c = only("Western officials, who spoke on condition of anonymity, said 900 soldiers had been killed.");
        assertThat(c.claimant().mention()).isEqualTo("Western officials");
    }

    @Test
    void extract_pronounClaimant_resolvesToThePreviousSpeaker() {
        List<ExtractedClaim> claims = extract("The GUR said the deployment continued.\nIt added that 2,300 soldiers were stationed near the border.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.claimant().mention()).isEqualTo("GUR"));
    }

    @Test
    void extract_unattributedFigure_isTheOutletsOwnVoice() {
        Article a = ArticleReader.parse("x_bbc_2024-01-01.txt", "North Korea has sent 5,000 troops to Russia.");
        List<ExtractedClaim> claims = EXTRACTOR.extract(a);
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.claimant().label()).isEqualTo("BBC"));
    }

    @Test
    void extract_sideCountries_areNotLocations() {
        ExtractedClaim c = only("Around 7,000 North Korean troops were sent to aid Russia in its war against Ukraine.");
        assertThat(c.location()).isNull();
    }

    @Test
    void extract_possessiveRegion_givesTheRegion() {
        ExtractedClaim c = only("Officials said 4,000 North Korean soldiers are stationed in Russia's Kursk region.");
        assertThat(c.location().mention()).isEqualTo("Kursk region");
        assertThat(c.location().label()).isEqualTo("Kursk Oblast");
    }

    @Test
    void extract_materielHandedOver_isAClaimButFiredIsNot() {
        ExtractedClaim c = only("North Korea has supplied over 2 million artillery shells to Russia.");
        assertThat(c.measure()).isEqualTo(Measure.MATERIEL);
        assertThat(c.value()).isEqualTo(2_000_000);
        assertThat(extract("Russia fired 40 missiles and 100 drones at Kyiv overnight.")).isEmpty();
    }

    @Test
    void extract_supplierAfterFrom_isTheSubjectOfMateriel() {
        ExtractedClaim c = only("Ukraine has received 12 aircraft from Denmark.");
        assertThat(c.subject().label()).isEqualTo("Denmark");
        assertThat(c.location().label()).isEqualTo("Ukraine");
    }

    @Test
    void extract_repeatedFigure_anchorsOnTheBodyNotTheHeadline() {
        String text = "About 5,000 troops arrive in Russia\n\nThe ministry said about 5,000 North Korean troops arrived in Russia on Monday.";
        List<ExtractedClaim> claims = extract(text);
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.sentence().start()).isGreaterThan(30));
    }

    @Test
    void extract_explicitDateInSentence_isResolvedAgainstTheArticleDate() {
        ExtractedClaim c = only("On October 24, the GUR reported that 3,100 soldiers had arrived.");
        assertThat(c.date()).isEqualTo("2024-10-24");
    }

    @Test
    void extract_nonEnglishArticle_givesNothing() {
        Article a = ArticleReader.parse("x.txt", "Selon les services de renseignement, environ 12 000 soldats nord-coréens "
                + "sont déjà arrivés en Russie, où ils suivent un entraînement militaire avant d'être envoyés au front.");
        assertThat(a.isEnglish()).isFalse();
        assertThat(EXTRACTOR.extract(a)).isEmpty();
    }

    @Test
    void extract_sentenceOffsets_pointAtTheSentenceInTheText() {
        String text = "date 2024-11-02 Headline words here.\n\nThe NIS said 1,500 troops arrived.";
        Article a = ArticleReader.parse("t.txt", text);
        ExtractedClaim c = EXTRACTOR.extract(a).get(0);
        assertThat(c.sentence().of(text)).isEqualTo("The NIS said 1,500 troops arrived.");
        assertThat(c.number().of(text)).isEqualTo("1,500");
    }

    @Test
    void extract_bareFigureAfterALossNoun_takesThatMeasure() {
        assertThat(only("Kyiv puts Russian losses at 640,000 since the invasion began.").measure()).isEqualTo(Measure.CASUALTIES);
        ExtractedClaim toll = only("The death toll among the troops has climbed to 1,300, officials said.");
        assertThat(toll.measure()).isEqualTo(Measure.KILLED);
    }

    @Test
    void extract_speakerWhoSaysItWillSend_isAlsoTheSubject() {
        ExtractedClaim c = only("Latvia said it would send 1,200 soldiers to the exercise.");
        assertThat(c.subject().label()).isEqualTo("Latvia");
        assertThat(c.status()).isEqualTo(Status.POSSIBLE);
    }

    @Test
    void extract_leaderAsAgent_givesTheLeadersState() {
        ExtractedClaim c = only("Kim Jong Un could send as many as 25,000 additional troops, officials said.");
        assertThat(c.subject().label()).isEqualTo("North Korea");
    }

    @Test
    void extract_definiteAnaphor_onlyResolvesToAMatchingAntecedent() {
        List<ExtractedClaim> claims = extract("""
                The GUR said 1,100 North Korean troops were in Kursk.
                The ministry said 900 more soldiers had been sent.""");
        assertThat(claims).extracting(c -> c.claimant().mention()).containsExactly("GUR", "ministry");
    }

    @Test
    void extract_mayHaveHappened_isAHedgedActualNotAPossibility() {
        ExtractedClaim c = only("Russia may have received as many as 4 million shells from North Korea, analysts said.");
        assertThat(c.status()).isEqualTo(Status.ACTUAL);
        assertThat(c.subject().label()).isEqualTo("North Korea");
    }

    @Test
    void extract_lossesOutOfATotal_giveTheLossAndThePersonnelBase() {
        List<ExtractedClaim> claims = extract("Officials said 2,000 Russian soldiers had been killed out of 9,000 sent to the front.");
        assertThat(claims).extracting(ExtractedClaim::measure, ExtractedClaim::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Measure.KILLED, 2_000L),
                        org.assertj.core.groups.Tuple.tuple(Measure.PERSONNEL, 9_000L));
    }

    @Test
    void extract_abbreviationInParenthesesBeforeTheVerb_keepsTheClaimant() {
        ExtractedClaim c = only("More than 9,000 troops are in Russia, the National Intelligence Service (NIS) said Monday.");
        assertThat(c.claimant().label()).isEqualTo("National Intelligence Service");
    }

    @Test
    void extract_quotedAsSaying_creditsTheOriginalSource() {
        ExtractedClaim c = only("Pyongyang has shipped about 9,000 containers of shells, a lawmaker quoted the NIS as saying.");
        assertThat(c.claimant().mention()).isEqualTo("NIS");
    }

    @Test
    void extract_abbreviatedMonthInADateline_isNotAFigure() {
        assertThat(extract("SEOUL, Nov. 13 (Yonhap) -- The NIS said 700 soldiers were wounded."))
                .extracting(ExtractedClaim::value).containsExactly(700L);
    }

    @Test
    void extract_definiteDescriptionOfTheLastSpeaker_resolvesToIt() {
        List<ExtractedClaim> claims = extract("The NIS said 2,000 soldiers had arrived.\nThe spy agency also said 3,000 more may follow.");
        assertThat(claims).extracting(c -> c.claimant().label()).containsOnly("National Intelligence Service");
    }

    @Test
    void extract_randomWordSoup_neverThrowsAndKeepsOffsetsInsideTheText() {
        String[] words = {"the", "NIS", "said", "according", "to", "10,000", "troops", "killed", "or", "wounded", "(",
            ")", ",", ".", "’s", "Russia", "Kursk", "region", "up", "to", "about", "three", "a", "thousand", "may",
            "“", "”", "from", "North", "Korean", "shells", "supplied", "he", "it", "added", "between", "and", "-",
            "2024", "Nov.", "13", "out", "of", "in", "$", "5", "million", "%", "that", "which", ";", "—", "\n", "\n\n"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 5 + random.nextInt(60); w++) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = sb.toString();
            if (text.isBlank()) {
                continue;
            }
            for (ExtractedClaim c : EXTRACTOR.extract(Article.of("soup.txt", text))) {
                assertThat(c.sentence().end()).isLessThanOrEqualTo(text.length());
                assertThat(c.number().start()).isGreaterThanOrEqualTo(c.sentence().start());
                assertThat(c.number().end()).isLessThanOrEqualTo(c.sentence().end());
            }
        }
    }

    @Test
    void extract_reportByAnAuthor_creditsTheAuthor() {
        ExtractedClaim c = only("According to a report by the NIS, Pyongyang has sent 2,600 more troops to Russia.");
        assertThat(c.claimant().label()).isEqualTo("National Intelligence Service");
    }

    @Test
    void extract_relayCitingASource_creditsTheOriginalSource() {
        ExtractedClaim c = only("Pyongyang could send 7,000 more troops, the BBC reported, citing Western officials.");
        assertThat(c.claimant().mention()).isEqualTo("Western officials");
    }

    @Test
    void extract_setToOfferedToVowedTo_arePossible() {
        assertThat(only("Russia is set to deploy 4,500 troops to Belarus.").status()).isEqualTo(Status.POSSIBLE);
        assertThat(only("Pyongyang has offered to send 3,500 workers to Kursk.").status()).isEqualTo(Status.POSSIBLE);
        assertThat(only("The Kremlin vowed to send 1,800 reservists.").status()).isEqualTo(Status.POSSIBLE);
    }

    @Test
    void extract_outletNamedInTheFileName_speaksUnderItsUsualName() {
        String text = "North Korea has sent 5,000 troops to Russia.";
        assertThat(EXTRACTOR.extract(ArticleReader.parse("h01_afp_2024-01-01.txt", text)).get(0).claimant().mention())
                .isEqualTo("AFP");
        assertThat(EXTRACTOR.extract(ArticleReader.parse("h02_eurointegration_2024-01-01.txt", text)).get(0).claimant()
                .mention()).isEqualTo("European Pravda");
    }

    @Test
    void extract_partOfABase_takesTheLossAndTheBaseStaysPersonnel() {
        List<ExtractedClaim> claims = extract("Officials said about 2,100 of the roughly 9,500 soldiers sent had been killed or wounded.");
        assertThat(claims).extracting(ExtractedClaim::measure, ExtractedClaim::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Measure.CASUALTIES, 2_100L),
                org.assertj.core.groups.Tuple.tuple(Measure.PERSONNEL, 9_500L));
    }

    @Test
    void extract_linksToOtherStories_areNotPartOfTheArticle() {
        List<ExtractedClaim> claims = extract("""
                The NIS said 1,500 North Korean troops arrived in Russia.
                READ: Russia deploys 40,000 troops to the border
                Related: Ukraine says 3,000 soldiers killed""");
        assertThat(claims).extracting(ExtractedClaim::value).containsExactly(1_500L);
    }

    @Test
    void extract_strongContingent_isPersonnel() {
        ExtractedClaim c = only("Estonia said a 2,000-strong contingent of British troops would arrive in Tapa.");
        assertThat(c.measure()).isEqualTo(Measure.PERSONNEL);
        assertThat(c.value()).isEqualTo(2_000);
    }

    private static List<org.assertj.core.groups.Tuple> rows(String text) {
        return extract(text).stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.measure(), c.value(), c.status()))
                .toList();
    }

    @Test
    void extract_coordinatedLossVerbs_eachFigureTakesTheVerbBeforeIt() {
        assertThat(rows("Ukrainian forces killed 30 Russian soldiers and captured 12 others near Pokrovsk, the army said."))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Measure.KILLED, 30L, Status.ACTUAL),
                        org.assertj.core.groups.Tuple.tuple(Measure.CAPTURED, 12L, Status.ACTUAL));
        ExtractedClaim quoted = extract("The army said its troops had killed \"no fewer than 120 militants\".").get(0);
        assertThat(quoted.measure()).isEqualTo(Measure.KILLED);
        assertThat(quoted.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(only("Russian forces inflicted losses of up to 485 troops on the Ukrainian army, the ministry said.")
                .measure()).isEqualTo(Measure.CASUALTIES);
    }

    @Test
    void extract_partsIntroducedByIncluding_shareTheMeasureAndStatusOfTheWhole() {
        assertThat(rows("Some 900 soldiers have died since the war began, including more than 450 in the ground operation."))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Measure.KILLED, 900L, Status.ACTUAL),
                        org.assertj.core.groups.Tuple.tuple(Measure.KILLED, 450L, Status.ACTUAL));
        assertThat(rows("North Korea is preparing to dispatch 6,000 personnel, including 1,000 deminers and "
                + "5,000 construction workers, the NIS said.")).extracting(r -> r.toList().get(2)).containsOnly(Status.POSSIBLE);
    }

    @Test
    void extract_statusIsDecidedPerPredicate() {
        assertThat(rows("Britain has sent 500 troops to Estonia and will send 300 more next year, the ministry said."))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Measure.PERSONNEL, 500L, Status.ACTUAL),
                        org.assertj.core.groups.Tuple.tuple(Measure.PERSONNEL, 300L, Status.POSSIBLE));
        assertThat(only("Officials said the 28,500 US troops stationed in South Korea will remain there.").status())
                .isEqualTo(Status.ACTUAL);
        assertThat(only("The package includes 100 armoured vehicles to be delivered over the coming months.").status())
                .isEqualTo(Status.POSSIBLE);
        assertThat(only("About 3,000 North Korean troops are believed to be deployed near Kursk.").status())
                .isEqualTo(Status.ACTUAL);
    }

    @Test
    void extract_putTheFigureAt_takesTheMeasureOfTheFigureItRevises() {
        List<ExtractedClaim> claims = extract("Seoul said 3,000 North Korean soldiers were killed, while Ukraine's HUR put the figure at 4,000.");
        assertThat(claims).extracting(ExtractedClaim::measure, ExtractedClaim::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Measure.KILLED, 3_000L), org.assertj.core.groups.Tuple.tuple(Measure.KILLED, 4_000L));
        assertThat(claims.stream().filter(c -> c.value() == 4_000).findFirst().orElseThrow().claimant().mention()).isEqualTo("HUR");
        assertThat(only("The UK Defence Ministry put Russian casualties at roughly 950,000.").claimant().mention())
                .isEqualTo("UK Defence Ministry");
    }

    @Test
    void extract_numberWordsDozensAndHalves() {
        assertThat(only("Half a million Russian troops are fighting in Ukraine, the ministry said.").value()).isEqualTo(500_000);
        assertThat(only("Two dozen North Korean officers were killed in the strike, HUR said.").value()).isEqualTo(24);
        assertThat(only("A dozen North Korean generals arrived in Russia, HUR said.").value()).isEqualTo(12);
        assertThat(extract("North Korea has sent 10-12,000 troops to Russia, the NIS said."))
                .extracting(ExtractedClaim::value).containsExactlyInAnyOrder(10_000L, 12_000L);
        assertThat(only("North Korea's 1.2 million-strong military is on alert, Yonhap said.").value()).isEqualTo(1_200_000);
    }

    @Test
    void extract_phrasalOverAndModelNumbers_areNotQualifiersOrCounts() {
        ExtractedClaim jets = only("The United States handed over 11 F-16 jets to Ukraine, the Pentagon said.");
        assertThat(jets.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(jets.subject().label()).isEqualTo("United States");
        ExtractedClaim tanks = only("Denmark will hand over eighteen Leopard 1 tanks by autumn, the ministry announced.");
        assertThat(tanks.value()).isEqualTo(18);
        assertThat(tanks.subject().label()).isEqualTo("Denmark");
        assertThat(only("Sweden will send 40 CV90 infantry fighting vehicles, the defence minister said.").measure())
                .isEqualTo(Measure.MATERIEL);
    }

    @Test
    void extract_weaponsSeenOrFiredAndFoldIncreases_areNotClaims() {
        assertThat(extract("Taiwan's defence ministry said it had detected 76 Chinese military aircraft and 15 navy ships.")).isEmpty();
        assertThat(extract("The region accounts for half of terrorism deaths, a 10-fold increase since 2019.")).isEmpty();
        assertThat(extract("The war has killed tens of thousands of people and uprooted more than 12 million.")).isEmpty();
    }

    @Test
    void extract_abbreviatedMonthsAndTitles_doNotEndTheSentence() {
        ExtractedClaim c = only("Russia has lost 5,000 troops in Kursk since Feb. 24, 2022, the General Staff said.");
        assertThat(c.claimant().mention()).isEqualTo("General Staff");
        assertThat(only("North Korea has sent 3,000 troops to Russia, Lt. Gen. Kyrylo Budanov said.").claimant().label())
                .isEqualTo("Kyrylo Budanov");
        assertThat(only("North Korea has sent 3,000 troops to St. Petersburg, the NIS said.").claimant().mention()).isEqualTo("NIS");
    }

    @Test
    void extract_pronounAfterANamedPerson_resolvesToThatPerson() {
        ExtractedClaim c = only("Zelenskyy spoke to reporters on Monday. Russia has lost 5,000 troops in Kursk, he said.");
        assertThat(c.claimant().label()).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void extract_reportingVerbWithADocument_andPossessiveClaimants() {
        assertThat(only("About 2,000 North Korean troops have been killed, the JCS estimated in a report to parliament.")
                .claimant().mention()).isEqualTo("JCS");
        assertThat(only("The country's defence ministry said 3,000 soldiers were deployed to the border.").claimant().mention())
                .isEqualTo("defence ministry");
        assertThat(only("Russia has lost 5,000 troops, the General Staff of Ukraine's Armed Forces reported.").claimant().label())
                .isEqualTo("General Staff of the Armed Forces of Ukraine");
    }

    @Test
    void extract_speechVenue_isNotTheLocation() {
        ExtractedClaim c = only("Speaking at a press conference in Kyiv, Zelenskyy said Russia had thrown in 20,000 soldiers.");
        assertThat(c.location()).isNull();
    }

    @Test
    void publisher_unknownOutletInTheFileName_speaksInItsOwnVoice() {
        assertThat(Publishers.unknownOutletInFileName("p09_isw_2025-09-20.txt")).isEqualTo("ISW");
        assertThat(Publishers.unknownOutletInFileName("p12_nation-kenya_2025-03-25.txt")).isEqualTo("Nation");
        assertThat(Publishers.unknownOutletInFileName("000_65fbc1b7070f10d2.txt")).isNull();
        ExtractedClaim c = EXTRACTOR.extract(ArticleReader.parse("p09_isw_2025-09-20.txt",
                "Russia has likely deployed an estimated 2,000 personnel to Mali.")).get(0);
        assertThat(c.claimant().mention()).isEqualTo("ISW");
    }

    @Test
    void extract_rangeUnderAModal_bothEndsArePossible() {
        assertThat(extract("A further 1,000 to 2,000 troops could be sent in the coming weeks, an official said."))
                .extracting(ExtractedClaim::status).containsOnly(Status.POSSIBLE).hasSize(2);
    }

    @Test
    void extract_firstPersonInsideAQuote_givesTheSpeakerNamedAfterIt() {
        ExtractedClaim c = only("\"We estimate that some 4,700 North Korean troops have been killed or injured,\" Budanov told the BBC.");
        assertThat(c.claimant().label()).isEqualTo("Kyrylo Budanov");
    }

    @Test
    void extract_suppliedAStateWith_givesTheRecipientAsLocation() {
        ExtractedClaim c = only("According to the NIS, North Korea has supplied Russia with around 200 artillery pieces.");
        assertThat(c.measure()).isEqualTo(Measure.MATERIEL);
        assertThat(c.location().label()).isEqualTo("Russia");
    }

    @Test
    void extract_placeAfterBorderCityOrPartsOf_isTheLocation() {
        assertThat(only("About 3,000 North Korean troops were moved near the border of Sumy Oblast, HUR said.").location().label())
                .isEqualTo("Sumy Oblast");
        assertThat(only("Russia has deployed 2,000 troops to the city of Pokrovsk, the General Staff said.").location().label())
                .isEqualTo("Pokrovsk");
        assertThat(only("North Korea has rotated about 4,000 of its soldiers out of Russia's Kursk region, the NIS said.")
                .location().label()).isEqualTo("Kursk Oblast");
    }

    @Test
    void extract_killedAndWoundedTogether_isCasualties() {
        assertThat(only("Ukrainian forces had killed or wounded 1,340 North Korean troops, the General Staff said.").measure())
                .isEqualTo(Measure.CASUALTIES);
        assertThat(only("North Korean units suffered 4,300 killed and wounded in Kursk, the NIS said.").measure())
                .isEqualTo(Measure.CASUALTIES);
        assertThat(only("Russia's losses in Ukraine have reached about 971,020 personnel, the General Staff said.").measure())
                .isEqualTo(Measure.CASUALTIES);
        assertThat(only("Some 3,000 North Korean troops arrived in January to replenish the losses, the NIS said.").measure())
                .isEqualTo(Measure.PERSONNEL);
    }

    @Test
    void extract_agesDistancesAndSuffixedNumbers() {
        assertThat(extract("The two prisoners, aged 20 and 26, were captured in Kursk, the SBU said."))
                .extracting(ExtractedClaim::value).containsExactly(2L);
        assertThat(extract("Russia holds a 1,000-km front line with 600,000 troops, the ministry said."))
                .extracting(ExtractedClaim::value).containsExactly(600_000L);
        assertThat(extract("North Korea has sent 1.5m artillery shells and 12K troops to Russia, the ministry said."))
                .extracting(ExtractedClaim::value).containsExactlyInAnyOrder(1_500_000L, 12_000L);
        assertThat(extract("The 155mm shells have a range of 5km, the ministry said.")).isEmpty();
        ExtractedClaim approx = only("North Korea has sent approx. 12,000 troops to Russia, the NIS said.");
        assertThat(approx.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(approx.claimant().mention()).isEqualTo("NIS");
    }

    @Test
    void extract_appositiveRoleAndTrailingDate_leaveTheNamedClaimant() {
        assertThat(only("Valery Gerasimov, chief of the general staff, told Putin that 4,000 Ukrainian soldiers had been captured.")
                .claimant().mention()).isEqualTo("Valery Gerasimov");
        assertThat(only("A package of 40 howitzers was announced by Keir Starmer on Sunday.").claimant().mention())
                .isEqualTo("Keir Starmer");
    }

    @Test
    void extract_troopsCommittedToCombat_areActual_hopesArePossible() {
        assertThat(only("About 1,000 North Korean soldiers were wounded since the troops were first committed to combat, the JCS said.")
                .status()).isEqualTo(Status.ACTUAL);
        assertThat(only("The ministry hoped to provide 50 tanks by spring.").status()).isEqualTo(Status.POSSIBLE);
    }

    @Test
    void extract_speakerBeforeAColon_isTheClaimant() {
        ExtractedClaim c = only("Kyrylo Budanov: North Korea has handed over to Russia about 5.5 million artillery shells.");
        assertThat(c.claimant().label()).isEqualTo("Kyrylo Budanov");
        assertThat(c.location().label()).isEqualTo("Russia");
        assertThat(only("Russia's losses as of 15 May: 1,060 soldiers in one day.").claimant().iri()).doesNotContain("losses");
    }

    @Test
    void extract_definiteAnaphorAfterAnotherSpeaker_findsTheOrganisationNamedBefore() {
        ExtractedClaim c = extract("""
                North Korea has sent 1,000 more troops, South Korea's spy agency said.
                About 300 soldiers have been killed, Park quoted the agency as saying.""").stream()
                .filter(x -> x.value() == 300).findFirst().orElseThrow();
        assertThat(c.claimant().label()).isEqualTo("National Intelligence Service");
    }

    @Test
    void extract_documentNumbersAndNonMilitaryCompounds_areNotClaims() {
        assertThat(extract("Pyongyang deployed its troops under Article 4 of the treaty, the NIS said.")).isEmpty();
        assertThat(extract("The soldiers built a 50,000-apartment housing project, the NIS said.")).isEmpty();
        assertThat(extract("The missile contract will support about 700 jobs, Downing Street said.")).isEmpty();
        assertThat(only("The total losses of Russian forces since 24 February 2022 have reached about 971,020 personnel.")
                .measure()).isEqualTo(Measure.CASUALTIES);
    }

    @Test
    void extract_lossVerbWithItsOwnObject_andLostKilledInAction() {
        assertThat(only("The offensive involved roughly 6,000 Ukrainian troops, captured about 1,000 square kilometers, the ministry said.")
                .measure()).isEqualTo(Measure.PERSONNEL);
        assertThat(only("Russia lost some 2,000 soldiers killed in action near Kursk, the General Staff said.").measure())
                .isEqualTo(Measure.KILLED);
        assertThat(rows("About 300 soldiers were killed the previous day and 20 were captured at the front, the ministry said."))
                .extracting(r -> r.toList().get(0)).containsExactlyInAnyOrder(Measure.KILLED, Measure.CAPTURED);
    }

    @Test
    void extract_countedSourcesAndCivilianWorkers_areNotForces() {
        assertThat(extract("North Korea has sent 11,000 or so troops to Russia, according to two American officials."))
                .extracting(ExtractedClaim::value, ExtractedClaim::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11_000L, Qualifier.APPROXIMATELY));
        assertThat(extract("Some 4,800 North Korean workers are employed on building sites in Russia, the NIS said.")).isEmpty();
        assertThat(only("About 5,000 North Korean military construction workers were sent to Russia, the NIS said.").value())
                .isEqualTo(5_000);
        assertThat(only("Russia's losses are approaching 950,000 troops, the General Staff said.").measure())
                .isEqualTo(Measure.CASUALTIES);
    }

    @Test
    void extract_headlineEndingInItsSource_isAttributedToIt() {
        ExtractedClaim c = only("N. Korea has suffered 2,000 deaths in Russia: JCS");
        assertThat(c.claimant().mention()).isEqualTo("JCS");
        assertThat(c.location().label()).isEqualTo("Russia");
    }

    @Test
    void extract_quotationOverSeveralSentences_isAttributedWhereItCloses() {
        ExtractedClaim c = only("\"Around 600 of our soldiers died. They fought bravely,\" Zelenskiy said.");
        assertThat(c.claimant().label()).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void extract_theOfficial_isTheOfficialNamedBefore() {
        ExtractedClaim c = extract("""
                A JCS official briefed reporters on Monday.
                The NIS said 3,000 troops were sent.
                About 1,000 North Korean troops were killed, the official said.""").stream()
                .filter(x -> x.value() == 1_000).findFirst().orElseThrow();
        assertThat(c.claimant().mention()).isEqualTo("JCS");
    }

    @Test
    void extract_bothEndsOfARange_shareTheMeasure() {
        assertThat(extract("Between 4,000 and 4,500 North Korean soldiers have been killed or wounded, the NIS said."))
                .extracting(ExtractedClaim::measure).containsOnly(Measure.CASUALTIES).hasSize(2);
    }

    @Test
    void extract_runningTotalsLossesToComeAndCaptivity() {
        assertThat(extract("Russia lost 1,210 troops over the past day, bringing the total to 1,000,340, the General Staff said."))
                .extracting(ExtractedClaim::measure).containsOnly(Measure.CASUALTIES).hasSize(2);
        assertThat(only("Russia could lose as many as 10,000 soldiers in the offensive, analysts said.").measure())
                .isEqualTo(Measure.CASUALTIES);
        assertThat(only("Some 8,000 Ukrainians remain in Russian captivity, the ombudsman said.").measure())
                .isEqualTo(Measure.CAPTURED);
    }

    @Test
    void extract_agesAfterNamesAndAcrossCoordination_areNotCounts() {
        assertThat(extract("Kim Jong Un, 41, said his army had sent 3,000 soldiers.")).extracting(ExtractedClaim::value)
                .containsExactly(3_000L);
        assertThat(extract("Two North Korean soldiers, one aged 20 and the other 26, were captured, the SBU said."))
                .extracting(ExtractedClaim::value).containsExactly(2L);
    }

    @Test
    void extract_coordinatedFigures_shareTheLaterPredicate() {
        assertThat(extract("A further 1,000 deminers and 5,000 military builders are set to be sent, the NIS said."))
                .extracting(ExtractedClaim::status).containsOnly(Status.POSSIBLE).hasSize(2);
    }

    @Test
    void extract_nameInApposition_isTheSpeaker() {
        assertThat(only("Ukraine's commander-in-chief, Oleksandr Syrskyi, said 1,500 North Korean troops had been killed.")
                .claimant().label()).isEqualTo("Oleksandr Syrskyi");
    }

    @Test
    void extract_numberWordsEndTheAttribution_andCapturedParticiplesStayActual() {
        ExtractedClaim c = only("Zelenskiy says Kyiv is ready to hand over two North Korean soldiers captured in Russia's Kursk region.");
        assertThat(c.location().label()).isEqualTo("Kursk Oblast");
        assertThat(c.status()).isEqualTo(Status.ACTUAL);
        assertThat(c.claimant().label()).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void extract_theCountrysAgency_isTheAgencyOfTheDatelineCountry() {
        ExtractedClaim c = EXTRACTOR.extract(ArticleReader.parse("y_yonhap_2025-09-04.txt",
                "SEOUL, Sept. 4 (Yonhap) -- North Korea has sent around 6,000 soldiers to Russia, lawmakers said, "
                        + "citing the country's spy agency.")).get(0);
        assertThat(c.claimant().label()).isEqualTo("National Intelligence Service");
        assertThat(c.claimant().mention()).isEqualTo("spy agency");
    }

    @Test
    void extract_lossWordsBeyondTheClause_andDeathsOf() {
        assertThat(only("The NIS, which estimated that the North had deployed some 11,000 troops, said the casualties were heavy.")
                .measure()).isEqualTo(Measure.PERSONNEL);
        assertThat(only("North Korea sent 3,000 more troops, casualties near Kursk mount, Yonhap said.").measure())
                .isEqualTo(Measure.PERSONNEL);
        assertThat(only("The project has confirmed the deaths of at least 106,745 Russian servicemen.").measure())
                .isEqualTo(Measure.KILLED);
        assertThat(only("Ukraine captures two North Korean soldiers in Kursk, Zelensky says.").measure())
                .isEqualTo(Measure.CAPTURED);
    }

    @Test
    void extract_verbsThatBoundAFigure_andNamesBeforeDigits() {
        assertThat(only("Russia's losses have exceeded 4,000 troops this month, the General Staff said.").qualifier())
                .isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("The toll may be as high as 200,000 soldiers killed, analysts said.").qualifier())
                .isEqualTo(Qualifier.UP_TO);
        assertThat(extract("France will deliver Mirage 2000 jets under the 2016 General Security Agreement, the ministry said."))
                .isEmpty();
    }

    @Test
    void extract_appositionWithAPossessiveOrKnownAs_isSkippedToTheName() {
        assertThat(only("The NIS, South Korea's spy agency, has said that 1,100 North Korean soldiers were killed.")
                .claimant().mention()).isEqualTo("NIS");
        assertThat(only("Ukraine's military intelligence agency, known as HUR, said 1,100 North Korean soldiers were killed.")
                .claimant().label()).isEqualTo("Defence Intelligence of Ukraine");
    }

    @Test
    void extract_theAgency_isTheLatestAgencyNamed_evenWhenOtherBodiesCameBetween() {
        ExtractedClaim c = extract("The NIS confirmed that the soldiers belonged to the Storm Corps. "
                + "\"The North could send special forces,\" Park told reporters. "
                + "North Korea sent around 11,000 troops to Russia last fall, the agency has said.").get(0);
        assertThat(c.value()).isEqualTo(11000);
        assertThat(c.claimant().label()).isEqualTo("National Intelligence Service");
        assertThat(extract("The Pentagon said nothing. The NIS briefed lawmakers. The Pentagon declined to comment. "
                + "About 300 soldiers were killed, the agency said.").get(0).claimant().label())
                .isEqualTo("National Intelligence Service");
    }

    @Test
    void extract_unnamedSources_areNamedByWhereTheySitOrWhatTheyKnow() {
        assertThat(only("The North is preparing to dispatch around 6,000 more troops to Russia, a source in North Korea told Daily NK.")
                .claimant().mention()).isEqualTo("source in North Korea");
        assertThat(only("The package included about 30 Patriot interceptors, according to a person familiar with the matter, "
                + "who was granted anonymity.").claimant().mention()).isEqualTo("person familiar with the matter");
        assertThat(only("Some 3,000 more soldiers will follow, people with knowledge of the plans said.").claimant().kind())
                .isEqualTo("Group");
        assertThat(only("Russia moved 4,000 troops to Belarus, US officials familiar with the matter said.")
                .claimant().mention()).isEqualTo("US officials");
    }

    @Test
    void extract_invertedSpeakerWithAnArticle_andAnnouncementsDatedWithAbbreviatedMonths() {
        ExtractedClaim quoted = extract("\"They are cannon fodder,\" said a senior South Korean military official. "
                + "\"The North could lose as many as 10,000 soldiers by the summer.\"").get(0);
        assertThat(quoted.claimant().label()).isNotEqualTo("unattributed");
        assertThat(quoted.claimant().mention()).contains("South Korean military");
        assertThat(only("Ukrainian forces have taken two North Korean soldiers prisoner, President Volodymyr Zelensky "
                + "announced on Jan. 11, the first such capture.").claimant().label()).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void extract_numbersThatCountOtherThings_inAForceSentence_areNotClaims() {
        assertThat(only("Soldiers who wish to surrender can call the hotline at +38 066 580 34 98, and 1,200 have already done so.")
                .value()).isEqualTo(1200);
        assertThat(only("Ukraine, which lowered its mobilisation age from 27 to 25 last year, plans to recruit up to "
                + "160,000 more soldiers.").value()).isEqualTo(160000);
        assertThat(only("The exercise brings together about 16,000 personnel from 11 NATO countries.").value()).isEqualTo(16000);
        assertThat(only("NATO has eight multinational battlegroups, including one in Romania with about 1,200 troops.")
                .value()).isEqualTo(1200);
        assertThat(only("Wagner is leaving Mali after three and a half years in the country, and its roughly 2,000 "
                + "fighters will be replaced.").value()).isEqualTo(2000);
        assertThat(only("A drone strike on Tower 22, a logistics outpost in Jordan, killed three U.S. soldiers.").value())
                .isEqualTo(3);
        assertThat(only("Russian troops launched 67 assaults over the past day, losing 1,230 soldiers.").value()).isEqualTo(1230);
    }

    @Test
    void extract_lossesToldByACoordinatedObject_aRelativeClause_aBareToll_orOneSoldier() {
        List<ExtractedClaim> both = extract("Rebels said they had killed at least 84 Wagner fighters and 47 Malian soldiers.");
        assertThat(both).extracting(ExtractedClaim::measure).containsExactly(Measure.KILLED, Measure.KILLED);
        assertThat(both.get(1).qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(only("Mediazona has identified at least 90,019 Russian soldiers who have died since February 2022.")
                .measure()).isEqualTo(Measure.KILLED);
        assertThat(extract("A spokesman denied that more than 200 soldiers had been killed, saying the toll was 30.").get(1)
                .measure()).isEqualTo(Measure.KILLED);
        assertThat(only("One Kenyan police officer has been killed in Haiti, the ministry said.").measure())
                .isEqualTo(Measure.KILLED);
        assertThat(extract("One officer said the unit was ready.")).isEmpty();
        assertThat(only("About 5,000 U.S. service members are stationed in Iraq.").measure()).isEqualTo(Measure.PERSONNEL);
        assertThat(only("Iranian shipments also included some 300,000 artillery shells.").measure()).isEqualTo(Measure.MATERIEL);
    }

    @Test
    void extract_claimantPhrases_nameWhoSpeaks_notWhatTheirWordsContain() {
        assertThat(only("The deal was confirmed by Czech President Petr Pavel, who said 1.5 million shells had been "
                + "delivered to Ukraine.").claimant().mention()).isEqualTo("Petr Pavel");
        assertThat(only("North Korea could send 3,000 more troops, Yu said, citing intelligence he had been briefed on.")
                .claimant().mention()).isNotEqualTo("intelligence he");
        assertThat(only("The 2nd Brigade, which has about 3,500 soldiers, will return home, U.S. Army Europe and Africa said.")
                .claimant().mention()).isEqualTo("U.S. Army Europe and Africa");
        assertThat(only("The two sides each released 307 prisoners of war, the defence ministries in Kyiv and Moscow said.")
                .claimant().mention()).isEqualTo("Russia");
        assertThat(only("Rebels said they had killed at least 84 Wagner fighters.").claimant().mention()).isEqualTo("Rebels");
        assertThat(only("Russian forces lost over 54,550 soldiers, according to the ministry's figures.").claimant().mention())
                .isEqualTo("ministry");
        assertThat(only("Ukraine has received 26 F-16 jets, according to figures compiled by Defense News.").claimant()
                .mention()).isEqualTo("Defense News");
        assertThat(only("An analysis by BBC Russian and Mediazona has identified at least 90,019 soldiers who have died.")
                .claimant().mention()).isEqualTo("Mediazona");
        assertThat(only("The report, made public on Monday, said Pyongyang had also shipped some 250 missiles to Russia.")
                .claimant().mention()).isNotEqualTo("Pyongyang");
    }

    @Test
    void extract_theOfficials_areNotTheSpokespersonQuotedBefore_andCountsAreNoPartOfTheirName() {
        List<ExtractedClaim> claims = extract("Pentagon spokesperson Dana Whitfield said the deployment was routine. "
                + "Two U.S. officials said 5,000 sailors were aboard. "
                + "The carrier is escorted by a destroyer with about 300 sailors, the officials said.");
        assertThat(claims).extracting(c -> c.claimant().mention()).containsExactly("U.S. officials", "U.S. officials");
    }

    @Test
    void extract_theDateline_isWhereTheStoryWasFiled_notWhereMaterielGoes() {
        ExtractedClaim c = EXTRACTOR.extract(ArticleReader.parse("x_test_2025-01-01.txt", "Fleet grows\n\n"
                + "WASHINGTON — Ukraine has now received 26 F-16 fighter jets, according to figures compiled by Defense News.")).get(0);
        assertThat(c.location().label()).isEqualTo("Ukraine");
    }

    @Test
    void extract_statusOfAFigureInARelativeClause_orOfAPromiseKept() {
        assertThat(only("The U.S. has delivered all 31 M1A1 Abrams tanks it promised in 2023.").status()).isEqualTo(Status.ACTUAL);
        assertThat(only("The brigade, which has about 3,500 soldiers spread across Romania, Bulgaria and Hungary, "
                + "will return to Fort Campbell.").status()).isEqualTo(Status.ACTUAL);
        assertThat(only("The brigade, which could grow to 5,000 soldiers, is based in Romania.").status())
                .isEqualTo(Status.POSSIBLE);
    }

    @Test
    void extract_locationsNamedByABorder_byTheCountry_andNotWhereAnAmbassadorIsSummoned() {
        assertThat(only("Russia keeps fewer than 10,000 troops near the Estonian border, the agency said.").location().label())
                .isEqualTo("Estonia");
        assertThat(only("Some 3,000 troops had been moved toward the border with Finland.").location().label())
                .isEqualTo("Finland");
        assertThat(only("The brigade will not be replaced when it leaves Romania, cutting the number of U.S. troops in "
                + "the country to roughly 1,000.").location().label()).isEqualTo("Romania");
        assertThat(only("Italy, which contributes around 1,000 troops to the mission, summoned the Israeli ambassador in Rome.")
                .location()).isNull();
    }
}
