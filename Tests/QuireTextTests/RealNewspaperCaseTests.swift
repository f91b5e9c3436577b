import Testing
@testable import QuireText

// Cases from the real pages of Benchmarks/latin-news (`r*`: human-corrected OCR lines of the
// Wheeling Daily Intelligencer, 1866, with their printed breaks): each shows one failure class
// those pages found, with the reading text of `rNN-*.expected.txt`.
@Suite struct RealNewspaperCaseTests {
    typealias Case = RepairCase

    static let cases: [Case] = [
        // A lower-case line never opens a paragraph: after an abbreviation or a display line set
        // inside the sentence, the sentence goes on.
        Case(name: "lower-case line after a short display line ending in a point",
             input: "The possessor of untold wealth, without\nhealth, is a miserable man; but the poorest\npeasant, with toll for his daily portion, pos-\nsessed with brawny arm and\nPURE BUOYANT BLOOD.\ngushing through every vein, is blessed, in-\ndeed.",
             expected: "The possessor of untold wealth, without health, is a miserable man; but the poorest peasant, with toll for his daily portion, possessed with brawny arm and PURE BUOYANT BLOOD. gushing through every vein, is blessed, indeed."),
        Case(name: "lower-case line after an abbreviation at a line end",
             input: "Foreign Fruits.\n5 cases of New Smyrna Figs, some in 1 lb.\nand 1/4 lb. boxes.\n50 boxes Lemons and Oranges.",
             expected: "Foreign Fruits.\n5 cases of New Smyrna Figs, some in 1 lb. and 1/4 lb. boxes.\n50 boxes Lemons and Oranges."),
        // A line in capitals after a full line that ends a sentence: a subheading of the ad,
        // set in a narrow column (the column fills it, or the transcription lost its centring).
        Case(name: "subheading in capitals after a full line ending a sentence",
             input: "Bowels—Terrible Disorder arising from\nSolitary Habits of Youth—secret and solitary\npractices more fatal to their victims than the\nsong of Syrens to the Mariners of Ulysses,\nblighting their most brilliant hopes or antici-\npations, rendering marriage, &c., impossible.\nYOUNG MEN\nEspecially, who have become the victims of\nSolitary Vice, that dreadful and destructive\nhabit which annually sweeps to an untimely\ngrave thousands of Young Men of the most\nexcellent talents and brilliant intellect.",
             expected: "Bowels—Terrible Disorder arising from Solitary Habits of Youth—secret and solitary practices more fatal to their victims than the song of Syrens to the Mariners of Ulysses, blighting their most brilliant hopes or anticipations, rendering marriage, &c., impossible.\nYOUNG MEN\nEspecially, who have become the victims of Solitary Vice, that dreadful and destructive habit which annually sweeps to an untimely grave thousands of Young Men of the most excellent talents and brilliant intellect."),
        Case(name: "closing line in capitals after a full line ending a sentence",
             input: "numerous important surgical Operations per-\nformed by Dr. Johnson, witnessed by the re-\nporters of The Sun and many other paper\nnotices of which have appeared again an\nagain before the public, besides his standing\nas a gentleman of character and responsibility\nis a sufficient guarantee to the afflcted.\nSKIN DISEASES SPEEDILY CURED.",
             expected: "numerous important surgical Operations performed by Dr. Johnson, witnessed by the reporters of The Sun and many other paper notices of which have appeared again an again before the public, besides his standing as a gentleman of character and responsibility is a sufficient guarantee to the afflcted.\nSKIN DISEASES SPEEDILY CURED."),
        // An ad's insertion code (month, day, run) stands alone under the ad or opens the
        // advertiser's line: never a word of the sentence around it.
        Case(name: "insertion code alone on its line closes the ad",
             input: "have been compelled to suffer two or three\nweeks, and I now feel well once again.\nOffice in the McLure House, W. Va.\njy13-1w\nSpecial Caution.—Mrs. Winslow's Sooth-\ning Syrup has become so popular that",
             expected: "have been compelled to suffer two or three weeks, and I now feel well once again.\nOffice in the McLure House, W. Va.\njy13-1w\nSpecial Caution.—Mrs. Winslow's Soothing Syrup has become so popular that"),
        Case(name: "insertion code opens the advertiser's line",
             input: "Ladies, by sending $1.00 to either of the\nabove agents to the Wheeling Post Office, can\nhave the pills sent, (confidentially,) by Mail,\nto any part of the country, free of postage.\nS. D. HOWE,\noc23-1yd Sole Proprietor, New York.",
             expected: "Ladies, by sending $1.00 to either of the above agents to the Wheeling Post Office, can have the pills sent, (confidentially,) by Mail, to any part of the country, free of postage.\nS. D. HOWE,\noc23-1yd Sole Proprietor, New York."),
        // A line ending in an article or a preposition goes on, even before a line that starts
        // like a numbered item (German ordinals: `des` / `4. Tiroler Kaiserjägerregiments`).
        Case(name: "ordinal at a line start after a function word (German)",
             input: "Der Luftballon des Vereines für Luftschiff⸗\nfahrt in Innsbruck ist Donnerstag um 1 Uhr nachmittags\nunter Führung des Oberleutnants Eugen Sarley des\n4. Tiroler Kaiserjägerregiments mit drei Mitfahrern aufge⸗\nstiegen, um eine neue Alpenüberquerung zu versuchen. Gestern\nvormittags traf aus Belluno in Italien die telegraphische\nNachricht ein, daß der Ballon in Galeriano in Venezien\ngelandet ist.",
             expected: "Der Luftballon des Vereines für Luftschifffahrt in Innsbruck ist Donnerstag um 1 Uhr nachmittags unter Führung des Oberleutnants Eugen Sarley des 4. Tiroler Kaiserjägerregiments mit drei Mitfahrern aufgestiegen, um eine neue Alpenüberquerung zu versuchen. Gestern vormittags traf aus Belluno in Italien die telegraphische Nachricht ein, daß der Ballon in Galeriano in Venezien gelandet ist."),
        // German writes compounds solid: a line-end hyphen between two words of the text is a
        // split (`zu⸗` / `führt`), though both halves are words elsewhere on the page.
        Case(name: "German split between two words of the page",
             input: "Der linke Arm geht über Ismail als Kiliamündung mit sieben\nArmen ins Meer, dem er 63 Prozent der ganzen\nDonauwassermasse zu⸗\nführt. Trotzdem erreicht seine Tiefe oft nicht drei Meter. Die\nDonau führt durchschnittlich 35,219 Millionen Kubikmeter\nWasser per Stunde dem Meere zu.",
             expected: "Der linke Arm geht über Ismail als Kiliamündung mit sieben Armen ins Meer, dem er 63 Prozent der ganzen Donauwassermasse zuführt. Trotzdem erreicht seine Tiefe oft nicht drei Meter. Die Donau führt durchschnittlich 35,219 Millionen Kubikmeter Wasser per Stunde dem Meere zu."),
        // The Fraktur double hyphen written `=` at a line end joins a compound like a hyphen,
        // and stays as written (the transcription's `Wiener=Neustadt`).
        Case(name: "Fraktur double hyphen = at a line end",
             input: "Hirth flog bereits vormittags um 9 Uhr 8 Minuten auf dem Flug⸗\nplatze in Johannistal bei Berlin mit seinem Passagier, dem\nFabrikanten Dirlam, und gewann mit diesem Fluge den Kathreiner=\nPreis von 50.000 Mark. Der ganze Flug dauerte ins⸗\ngesamt 5¾ Stunden.",
             expected: "Hirth flog bereits vormittags um 9 Uhr 8 Minuten auf dem Flugplatze in Johannistal bei Berlin mit seinem Passagier, dem Fabrikanten Dirlam, und gewann mit diesem Fluge den Kathreiner=Preis von 50.000 Mark. Der ganze Flug dauerte insgesamt 5¾ Stunden."),
        // A short line in capitals ending in a comma after a full line that ends a sentence:
        // the advertiser's or writer's name signing off (`S. D. HOWE,`), not the sentence going on.
        Case(name: "name in capitals ending in a comma after a full sentence-final line",
             input: "At the same time, there is nothing in these\npills that can do injury to life or health. Let\nthe directions be strictly followed and you will\nfind them as represented.\nLadies, by sending $1.00 to either of the\nabove agents to the Wheeling Post Office, can\nhave the pills sent, (confidentially,) by Mail,\nto any part of the country, \"free of postage.\nS. D. HOWE,\nSole Proprietor, New York.",
             expected: "At the same time, there is nothing in these pills that can do injury to life or health. Let the directions be strictly followed and you will find them as represented.\nLadies, by sending $1.00 to either of the above agents to the Wheeling Post Office, can have the pills sent, (confidentially,) by Mail, to any part of the country, \"free of postage.\nS. D. HOWE,\nSole Proprietor, New York."),
        // German quotes open low and close high: `„Tirol“`. A `“` right after a word or a point
        // closes a quotation; the line after it starts a new word, or a new block.
        Case(name: "German closing quote at a line end keeps the space after it",
             input: "Der Ballon samt den mitgeführten Instrumenten wurde von den\nitalienischen Behörden beschlagnahmt. Der Luftballon „Tirol“\nist bereits zweimal in Italien gelandet, ohne daß die Insassen be⸗\nlästigt wurden.",
             expected: "Der Ballon samt den mitgeführten Instrumenten wurde von den italienischen Behörden beschlagnahmt. Der Luftballon „Tirol“ ist bereits zweimal in Italien gelandet, ohne daß die Insassen belästigt wurden."),
        Case(name: "German headline in quotes ends its block",
             input: "„Starker Tabak.“\n(Unser Titelbild.)\nDer heutige Tag wird für alle Raucher Oesterreichs\nvon trauriger Denkwürdigkeit bleiben. Der 1. Juli 1911\nist der Tag, an welchem Tabak, Zigarren und Zigaretten\nin empfindlicher Weise verteuert werden.",
             expected: "„Starker Tabak.“\n(Unser Titelbild.)\nDer heutige Tag wird für alle Raucher Oesterreichs von trauriger Denkwürdigkeit bleiben. Der 1. Juli 1911 ist der Tag, an welchem Tabak, Zigarren und Zigaretten in empfindlicher Weise verteuert werden."),
        // A firm's name in capitals signing off an ad, `Mc` and all (`McCABE, KRAFT & CO.,`).
        Case(name: "firm in capitals with a Mc name after a full sentence-final line",
             input: "It has never failed in a single case.\nKeep it in your house, it may be needed any mo-\nment. Every traveller should have a supply.\nMcCABE, KRAFT & CO.,\nWheeling, W. V.",
             expected: "It has never failed in a single case.\nKeep it in your house, it may be needed any moment. Every traveller should have a supply.\nMcCABE, KRAFT & CO.,\nWheeling, W. V."),
    ]

    @Test(arguments: cases)
    func repairsRealCase(_ c: Case) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }
}
