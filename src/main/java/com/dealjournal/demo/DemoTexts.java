package com.dealjournal.demo;

import java.util.List;
import java.util.Locale;

/**
 * The words of a demo journal that are not names: sources, what a price was traded for (as the log
 * dialog offers them in that language), and notes. Each language has as many of each, in the same
 * order, so one seed makes the same journal in every language, only worded differently.
 */
record DemoTexts(List<String> sources, List<String> tradedFor, List<String> notes) {

    static final DemoTexts ENGLISH = new DemoTexts(
            List.of("Referral", "Website", "LinkedIn", "Fair", "Former client", "Cold call"),
            List.of("less scope", "prepayment", "a longer commitment", "a referral"),
            List.of("Asked for a call next week.", "Liked the concept, wants a second offer.",
                    "Compared us with an agency.", "Budget decision in the board meeting.",
                    "Sent the revised proposal."));

    static final DemoTexts GERMAN = new DemoTexts(
            List.of("Empfehlung", "Website", "LinkedIn", "Messe", "Ehemaliger Kunde", "Kaltakquise"),
            List.of("weniger Leistung", "Vorauszahlung", "längere Vertragslaufzeit", "eine Empfehlung"),
            List.of("Möchte nächste Woche telefonieren.", "Mag das Konzept, möchte ein zweites Angebot.",
                    "Hat uns mit einer Agentur verglichen.", "Budget wird in der Geschäftsführungsrunde entschieden.",
                    "Überarbeitetes Angebot geschickt."));

    /** German for German, English for every other language. */
    static DemoTexts of(Locale language) {
        return "de".equals(language.getLanguage()) ? GERMAN : ENGLISH;
    }
}
