package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.appraise.core.dedup.Deduplication;
import org.appraise.core.Progress;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The rules of de-duplication on records as databases wrote them (taken from the Rathbone 2015 sets): what is
 * merged, what is kept apart, and what is put to the reviewer.
 */
final class DeduplicationTest {

    @Test
    void aTypoInALongTitleIsTheSameWorkEvenAYearApartInTheSameVolume() {
        Reference a = record("a", 2011, "Legendre, CM",
                "Safety & efficacy of eculizamab in aHUS patients resistant to plasma therapy: interim analysis from a phase II trial", "J Am Soc Nephrol", "21", null);
        Reference b = record("b", 2010, "Legendre, CM",
                "Safety & Efficacy of Eculizumab in aHUS Patients Resistant to Plasma Therapy: Interim Analysis from a Phase II Trial", "J Am Soc Nephrol", "21", null);
        assertOneGroup(a, b);
    }

    @Test
    void aTranslatedTitleAtTheSamePagesOfTheSameJournalIsTheSameWork() {
        Reference a = record("a", 1994, "Train, M.",
                "[Comparison of amoxicillin and cefamandole in the prevention of bronchopulmonary infections in pulmonary surgery. A randomized double-blind study]",
                "Annales Francaises d Anesthesie et de Reanimation", "13", "280-284");
        Reference b = record("b", 1994, "Train, M.", "Antibiotic prophylaxis in pulmonary surgery. A controlled double- blind study of amoxicillin versus cefamandole",
                "Ann Fr Anesth Reanim", "13", "280-284");
        assertOneGroup(a, b);
    }

    @Test
    void aBracketedTranslatedTitleWithItsLanguageIsTheTitleWithoutBrackets() {
        // haematology set: MEDLINE's translated title in brackets, then the language; another database's without brackets
        assertEquals("clinical aspects of the complement system", Deduplication.normal("[Clinical aspects of the complement system]. [Japanese]"));
        assertEquals("clinical aspects of the complement system", Deduplication.normal("Clinical aspects of the complement system. [Japanese]"));
        assertEquals("eculizumab for atypical hemolytic uremic syndrome", Deduplication.normal(
                "Eculizumab for atypical hemolytic-uremic syndrome.[Erratum appears in N Engl J Med. 2009 Jun 4;360(23):2487 Note: Philipp, Thomas [added]]"));
        assertEquals("eculizumab for atypical hemolytic uremic syndrome", Deduplication.normal(
                "Eculizumab for atypical hemolytic-uremic syndrome.[Erratum appears in N Engl J Med. 2009 Jun"));
        assertEquals("atypical hemolytic uremic syndrome associated with group a beta hemolytic streptococcus multiple letters",
                Deduplication.normal("Atypical hemolytic uremic syndrome associated with group A beta hemolytic streptococcus (multiple letters) [1]"));
        assertOneGroup(record("a", 2006, "Tsukamoto, H.", "Clinical aspects of the complement system. [Japanese]",
                "Rinsho byori.The Japanese journal of clinical pathology.", "54", "757-762"),
                record("b", 2006, "Tsukamoto, H.", "[Clinical aspects of the complement system]. [Japanese]",
                        "Rinsho Byori - Japanese Journal of Clinical Pathology", "54", "757-762"));
        // a note that holds brackets of its own, and a note the export cut short, go as a whole
        String nejm = "Eculizumab for atypical hemolytic-uremic syndrome";
        assertOneGroup(record("a", 2009, "Nurnberger, J.", nejm + ".[Erratum appears in N Engl J Med. 2009 Jun 4;360(23):2487 Note: Philipp, Thomas [added]]",
                "N Engl J Med", "360", "542-544"), record("b", 2009, "Nürnberger, Jens", "Eculizumab for Atypical Hemolytic\u2013Uremic Syndrome", "N Engl J Med",
                        "360", "542-544"));
        assertOneGroup(record("a", 2009, "Nurnberger, J.", nejm + ".[Erratum appears in N Engl J Med. 2009 Jun", "N Engl J Med", "360", "542-544"),
                record("b", 2009, "Nürnberger, Jens", nejm, "N Engl J Med", "360", "542-544"));
        // a title all in brackets keeps its words: two different translated titles stay two works
        assertEquals(List.of(), new Deduplication().search(List.of(record("a", 2006, "Tsukamoto, H.", "[Clinical aspects of the complement system]. [Japanese]",
                "Rinsho Byori", "54", "757-762"), record("b", 2006, "Tsukamoto, H.", "[Laboratory tests of the coagulation system]. [Japanese]", "Rinsho Byori",
                        "54", "801-806")), Progress.NONE).groups());
    }

    @Test
    void twoArticlesOfANewsletterWithoutAuthorsOnPageOneAreTwoWorks() {
        // Rayyan's RIS export (asreview issue 992): every issue of the newsletter starts at page 1, no record names an author
        Reference a = record("a", 2011, null, "Overcoming Medication Reconciliation Challenges", "Joint Commission Perspectives on Patient Safety", "11", "1-5");
        a.setIssue("11");
        Reference b = record("b", 2011, null, "Special Report! The Joint Commission's 2012 National Patient Safety Goals",
                "Joint Commission Perspectives on Patient Safety", "11", "1-4");
        b.setIssue("8");
        assertEquals(List.of(), new Deduplication().search(List.of(a, b), Progress.NONE).groups(), "not 'a translation?'");
    }

    @Test
    void aSharedDoiCountsWhicheverBlockThePairIsMetInFirst() {
        // the same DOI and the same first three title words (the record online first, without volume or pages): the pair
        // is met in two blocks, and was one work only when the DOI's block came first
        Reference a = record("a", 2020, "Kudo, M.", "Outcomes of sorafenib in advanced hepatocellular carcinoma", "Journal of Hepatology", "72", "101-109");
        Reference b = record("b", 2020, "Kudo, M.", "Outcomes of sorafenib: a multicentre real-world cohort from Japan", "J Hepatol", null, null);
        a.setDoi("10.1016/j.jhep.2019.10.001");
        b.setDoi("10.1016/J.JHEP.2019.10.001");
        Deduplication.Group group = assertOneGroup(a, b);
        assertEquals("same DOI or PMID", group.reasons().values().iterator().next());
        // and a record marked by an earlier search says why by the rules now; two works never merged say they are not
        assertEquals(new Deduplication.Verdict(1, "same DOI or PMID", true), Deduplication.verdict(a, b));
        Reference other = record("c", 2011, null, "Overcoming Medication Reconciliation Challenges", "Joint Commission Perspectives on Patient Safety", "11", "1-5");
        assertTrue(!Deduplication.verdict(a, other).merged());
    }

    @Test
    void invertedChineseNamesAndLostLettersStillNameOneAuthor() {
        String title = "Effect of cervical cytologic status on the association between human papillomavirus type 16 DNA load and the risk of cervical intraepithelial neoplasia grade 3";
        assertOneGroup(record("a", 2008, "Xi, L F", title, "Journal of Infectious Diseases", "198", "324-331"),
                record("b", 2008, "Long, F X", title, "Journal of Infectious Diseases", "198", "324-331"));
        String polish = "[Level of D-dimer and comparison with cell count in pleural effusion from tuberculosis and neoplasms]";
        assertOneGroup(record("a", 1996, "Talalaj, J.", polish, "Pneumonologia i Alergologia Polska", "64", "431-436"),
                record("b", 1996, "Ta?a?aj, J.", polish, "Pneumonologia i alergologia polska", "64", "431-436"));
        // a short name with a letter lost (cytology set: "Gök" exported as "G?k"), each gap one or two letters
        String selfSamples = "Experience with high-risk human papillomavirus testing on vaginal brush-based self-samples of non-attendees";
        assertOneGroup(record("a", 2012, "Gok, M", selfSamples, "International Journal of Cancer", "130", "1128-1135"),
                record("b", 2012, "G?k, M", selfSamples, "International Journal of Cancer", "130", "1128-1135"));
        Deduplication.Finding otherName = new Deduplication().search(List.of(record("a", 2012, "Gok, M", selfSamples, "International Journal of Cancer", "130", "1128-1135"),
                record("b", 2012, "G?rtz, M", selfSamples, "International Journal of Cancer", "130", "1128-1135")), Progress.NONE);
        assertEquals(List.of(), otherName.groups(), "\"G?rtz\" cannot be \"Gok\": the same title on one page with two first authors is only checked");
    }

    @Test
    void anArticleNumberAndThePrintPagesOfOneArticleAreOneWork() {
        // cytology set: BMJ's e-locator "c1804" and its print page 1014; PLoS ONE's "e12724" and "1-6"
        String bmj = "Rate of cervical cancer, severe intraepithelial neoplasia, and adenocarcinoma in situ in primary HPV DNA screening with cytology triage";
        Deduplication.Group group = assertOneGroup(record("a", 2010, "Anttila, A", bmj, "BMJ", "340", "1014"), record("b", 2010, "Anttila, A", bmj, "BMJ", "340", "c1804"));
        assertEquals("same title, journal, volume and year; an article number and pages: 1014 / c1804", group.reasons().values().iterator().next());
        String plos = "Triage of women with minor cervical lesions: data suggesting a test and treat approach for HPV E6/E7 mRNA testing";
        assertOneGroup(record("a", 2010, "Sorbye, S W", plos, "PLoS ONE", "5", "1-6"), record("b", 2010, "Sorbye, S W", plos, "PLoS ONE", "5", "e12724"));
        // two article numbers that differ are two places (one title given twice, a correction): never merged
        assertEquals(List.of(), new Deduplication().search(List.of(record("a", 2010, "Sorbye, S W", plos, "PLoS ONE", "5", "e12724"),
                record("b", 2010, "Sorbye, S W", plos, "PLoS ONE", "5", "e13001")), Progress.NONE).groups());
        // nor an article number and pages in another volume
        assertEquals(List.of(), new Deduplication().search(List.of(record("a", 2010, "Anttila, A", bmj, "BMJ", "341", "1014"),
                record("b", 2010, "Anttila, A", bmj, "BMJ", "340", "c1804")), Progress.NONE).groups());
    }

    @Test
    void pagesASpreadsheetTurnedIntoADateAreNoPages() {
        String title = "Management of peripancreatic fluid collections following partial pancreatectomy: a comparison of percutaneous versus EUS-guided drainage";
        assertOneGroup(record("a", 2013, "Kwon, Y. M.", title, "Surgical Endoscopy", null, "01-Jun"),
                record("b", 2013, "Kwon, Y. M.", title, "Surg Endosc", "27", "2422-2427"));
    }

    @Test
    void anErratumOrReplyIsNeverMergedWithItsArticle() {
        Reference article = record("a", 2009, "Nurnberger, J.", "Eculizumab for atypical hemolytic-uremic syndrome", "New Engl J Med", "360", "542-544");
        Reference wos = record("b", 2009, "Philipp, T.", "Eculizumab for Atypical Hemolytic-Uremic Syndrome (vol 360, pg 542, 2009)",
                "New England Journal of Medicine", "360", "2487-2487");
        Reference erratum = record("c", 2007, "de Jorge, E. G.", "Erratum: Gain-of-function mutations in complement factor B are associated with atypical hemolytic uremic syndrome",
                "PNAS", "104", "19");
        Reference itsArticle = record("d", 2007, "de Jorge, E. G.", "Gain-of-function mutations in complement factor B are associated with atypical hemolytic uremic syndrome",
                "PNAS", "104", "240-245");
        Reference letter = record("e", 2004, "Yildiz, B.", "Atypical hemolytic uremic syndrome associated with group A beta hemolytic streptococcus",
                "Pediatric Nephrology", "19", "943-944");
        Reference reply = record("f", 2004, "Shepherd, A. B.", "Atypical hemolytic uremic syndrome associated with group A beta hemolytic streptococcus - Reply",
                "Pediatric Nephrology", "19", "945");
        Deduplication.Finding finding = new Deduplication().search(List.of(article, wos, erratum, itsArticle, letter, reply), Progress.NONE);
        assertEquals(List.of(), finding.groups());
    }

    @Test
    void theSameTitleInTwoJournalsOrAtTwoPlacesIsPutToTheReviewerNotMerged() {
        String title = "Contemporary features, risk factors, and prognosis of the post-pericardiotomy syndrome";
        Reference article = record("a", 2011, "Imazio, Massimo", title, "American Journal of Cardiology", "108", "1183-1187");
        Reference abstractOfIt = record("b", 2011, "Imazio, M.", title, "European Heart Journal", "32", "597");
        String koehl = "Neurological involvement in a child with atypical hemolytic uremic syndrome";
        Reference meeting = record("c", 2010, "Koehl, B.", koehl, "Pediatric Nephrology", "25", "1875-1875");
        Reference paper = record("d", 2010, "Koehl, B.", koehl, "Pediatric Nephrology", "25", "2539-2542");
        Deduplication.Finding finding = new Deduplication().search(List.of(article, abstractOfIt, meeting, paper), Progress.NONE);
        assertEquals(List.of(), finding.groups());
        assertEquals(2, finding.toCheck().size(), finding.toCheck().toString());
        assertTrue(finding.toCheck().stream().allMatch(c -> c.reason().startsWith("check: the same title at two places")), finding.toCheck().toString());
    }

    @Test
    void aSupplementsDoiGivenToItsAbstractsMergesNothingAndIsPutToTheReviewer() {
        Reference one = record("a", 2019, "Smith, J.", "Outcomes of liver transplantation in elderly recipients", "Transplantation", "103", "S12");
        Reference two = record("b", 2019, "Wu, X.", "Tacrolimus trough levels and acute rejection in children", "Transplantation", "103", "S45");
        one.setDoi("10.1097/01.tp.0000580000.00000.00");
        two.setDoi("10.1097/01.tp.0000580000.00000.00");
        Reference copy = record("c", 2019, "Smith, J.", "Outcomes of liver transplantation in elderly recipients", "Transplantation", "103", "S12");
        copy.setDoi("10.1097/01.tp.0000580000.00000.00");
        Deduplication.Finding finding = new Deduplication().search(List.of(one, two, copy), Progress.NONE);
        assertEquals(1, finding.groups().size(), finding.groups().toString());
        assertEquals(List.of("c"), finding.groups().get(0).duplicates().stream().map(Reference::getId).toList(), "the true copy only");
        assertTrue(finding.toCheck().stream().anyMatch(c -> c.reason().contains("a supplement's DOI")), finding.toCheck().toString());
    }

    @Test
    void oneRecurringTitleInTwoIssuesIsTwoWorks() {
        Reference march = record("a", 2018, "Editor, A.", "Editor's Comments", "MIS Quarterly", "42", null);
        Reference june = record("b", 2018, "Editor, A.", "Editor's Comments", "MIS Quarterly", "42", null);
        march.setIssue("1");
        june.setIssue("2");
        assertEquals(List.of(), new Deduplication().search(List.of(march, june), Progress.NONE).groups());
    }

    @Test
    void twoPageRangesOfOneVolumeUnderOneTitleAreATypo() {
        String title = "Phase I trial of ATRA-IV and depakote in patients with advanced solid tumor malignancies";
        assertOneGroup(record("a", 2010, "David, K. A.", title, "Cancer Biology and Therapy", "9", "676-682"),
                record("b", 2010, "David, K. A.", title, "Cancer Biology and Therapy", "9", "678-684"));
        // a single page that ends the other's range is the same place
        String p16 = "Value of p16INK4a as a marker of progression/regression in cervical intraepithelial neoplasia grade 1";
        assertOneGroup(record("c", 2009, "del, Pino M", p16, "American Journal of Obstetrics and Gynecology", "201", "488"),
                record("d", 2009, "del, Pino M", p16, "American Journal of Obstetrics & Gynecology", "201", "487-488"));
    }

    @Test
    void differentFirstAuthorsOfOneTitleOnOnePageAreLettersToCheck() {
        Reference one = record("a", 2005, "Bouros, Demosthenes", "A trial of intrapleural streptokinase", "New England Journal of Medicine", "352", "2243-5");
        Reference other = record("b", 2005, "Rosa, Ute W.", "A trial of intrapleural streptokinase", "New England Journal of Medicine", "352", "2243-5");
        Deduplication.Finding finding = new Deduplication().search(List.of(one, other), Progress.NONE);
        assertEquals(List.of(), finding.groups());
        assertEquals(1, finding.toCheck().size());
        assertTrue(finding.toCheck().get(0).reason().contains("first authors differ"), finding.toCheck().get(0).reason());
    }

    @Test
    void alikeTitlesAtTheSamePlaceOfTwoJournalsAreTwoWorks() {
        // found by the 100,000-record benchmark: one surname, one volume and page, titles 85% alike, two journals
        Reference a = record("a", 2001, "Ren, Y.", "Comparison of transarterial intermediate atezolizumab quality score vein hospital cirrhosis response",
                "Journal of Clinical Oncology", "45", "2785-2785");
        Reference b = record("b", 2001, "Ren, H.", "Comparison of ultrasound atezolizumab adjuvant camrelizumab checkpoint second-line outcomes",
                "Hepatology International", "45", "2785-2787");
        assertEquals(List.of(), new Deduplication().search(List.of(a, b), Progress.NONE).groups());
        // while one title in a journal's English and transliterated names is one work
        String title = "[Hyperthermia combined with intracavitary injection of drug for malignant pleural effusion]";
        assertOneGroup(record("c", 2009, "Zhang, Y.", title, "Chinese Journal of Lung Cancer", "12", "301-304"),
                record("d", 2009, "Zhang, Y.", title, "Zhongguo Fei Ai Za Zhi", "12", "301-4"));
    }

    @Test
    void anArticleOnlineAheadOfPrintAndInItsIssueAYearLaterIsOneWork() {
        // the held-back miss of the scale issue: online-first without volume or pages, then in print a year later,
        // " - " against ":" in the title
        Reference online = record("a", 2020, "Kudo, M.", "Lenvatinib versus sorafenib in first-line treatment - a randomised phase 3 non-inferiority trial",
                "Lancet Oncology", null, null);
        Reference print = record("b", 2021, "Kudo, M.", "Lenvatinib versus sorafenib in first-line treatment: a randomised phase 3 non-inferiority trial",
                "Lancet Oncol", "22", "1163-1173");
        assertEquals("same title and journal, a year apart, one without volume or pages (online ahead of print)",
                assertOneGroup(online, print).reasons().values().iterator().next());
        // both in print a year apart in different volumes are two works (an annual report, a repeated survey)
        Reference nextYear = record("c", 2022, "Kudo, M.", "Lenvatinib versus sorafenib in first-line treatment: a randomised phase 3 non-inferiority trial",
                "Lancet Oncol", "23", "201-211");
        assertEquals(List.of(), new Deduplication().search(List.of(print, nextYear), Progress.NONE).groups());
    }

    @Test
    void twoAuthorsOfOneSurnameAtOnePageOfOneJournalAreTwoWorks() {
        // found by the 100,000-record review at scale: one journal, volume and page range, one surname with two initials,
        // random titles 63-75% alike; the translation rule merged eight such pairs
        Reference a = record("a", 2012, "Cheng, V.", "Evidence adverse life ablation portal combination cirrhosis resection survival progression costs",
                "Frontiers in Oncology", "54", "1354-1363");
        Reference b = record("b", 2011, "Cheng, T.", "Prospective surveillance carcinoma first-line radiotherapy portal pembrolizumab evidence screening",
                "Frontiers in Oncology", "54", "1354-1363");
        assertEquals(List.of(), new Deduplication().search(List.of(a, b), Progress.NONE).groups());
    }

    @Test
    void eachDuplicateSaysWhyItWasMatched() {
        Reference a = record("a", 2009, "Noris, M.", "Atypical hemolytic-uremic syndrome.", "New England Journal of Medicine", "361", "1676-1687");
        Reference b = record("b", 2009, "Noris, M.", "MEDICAL PROGRESS Atypical Hemolytic-Uremic Syndrome", "New England Journal of Medicine", "361", "1676-1687");
        Deduplication.Group group = assertOneGroup(a, b);
        assertEquals("same title, volume and first page", group.reasons().values().iterator().next());
    }

    private static Deduplication.Group assertOneGroup(Reference... references) {
        Deduplication.Finding finding = new Deduplication().search(List.of(references), Progress.NONE);
        assertEquals(1, finding.groups().size(), "groups " + finding.groups() + ", to check " + finding.toCheck());
        assertEquals(references.length - 1, finding.groups().get(0).duplicates().size());
        return finding.groups().get(0);
    }

    private static Reference record(String id, int year, String author, String title, String journal, String volume, String pages) {
        Reference r = AppraiseFactory.eINSTANCE.createReference();
        r.setId(id);
        r.setYear(year);
        if (author != null) {
            r.getAuthors().add(author);
        }
        r.setTitle(title);
        r.setJournal(journal);
        r.setVolume(volume);
        r.setPages(pages);
        return r;
    }
}
