import PropertyBased
import Testing
@testable import QuireText

/// Hand-made cases for Latin-script OCR: wraps, hyphens, ligatures, soft hyphens, letter-spacing.
@Suite struct LatinRepairTests {
    /// A drop capital OCR read apart from the rest of its first word joins it; a capital that
    /// is a word before a word, and capitals that make no word, stay apart.
    @Test(arguments: [("T HE fire broke out", "THE fire broke out"), ("T he city council met", "The city council met"),
                      ("I T is estimated that", "IT is estimated that"), ("A LL the members", "ALL the members"),
                      ("O n the evening of", "On the evening of"),
                      ("A MAN was found", "A MAN was found"), ("I am told that", "I am told that"),
                      ("U S Grant spoke", "U S Grant spoke"), ("J Smith said", "J Smith said"), ("A man of note", "A man of note"),
                      // Letter-spacing first: `I N` is no drop capital here.
                      ("I N V E S T O R S DISCUSSED", "INVESTORS DISCUSSED")])
    func dropCapitals(_ line: String, joined: String) {
        var log = RepairLog()
        let scalars = Array(line.unicodeScalars)
        let closed = scalars.withUnsafeBufferPointer { CharacterNormalizer.closeLatinLetterspacing($0, log: &log) } ?? scalars
        #expect(String(String.UnicodeScalarView(closed)) == joined)
    }

    /// A dash typed as two hyphens at a line's end clings to both words, as the text writes it
    /// inside lines (`could not--pay`); it got a space (`not-- indeed`).
    @Test func aDoubleHyphenDashAtALineEndJoinsTight() {
        let input = "The Mayor said that the city would not--\nindeed, could not--pay the claim, and\nthe council agreed with him in full.\n"
        #expect(readingText(repaired(input)) == "The Mayor said that the city would not--indeed, could not--pay the claim, and the council agreed with him in full.")
    }

    typealias Case = RepairCase

    static let cases: [Case] = [
        Case(name: "wrapped lines joined with one space",
             input: "The committee met yesterday to discuss\nthe situation in the harbour today.",
             expected: "The committee met yesterday to discuss the situation in the harbour today."),
        Case(name: "split word rejoined (vocabulary)",
             input: "to discuss the inter-\nnational situation at length today.",
             expected: "to discuss the international situation at length today."),
        Case(name: "compound kept (two words, joined form not a word)",
             input: "the decision-\nmaking process was slow and costly.",
             expected: "the decision-making process was slow and costly."),
        Case(name: "always-hyphenated prefix kept",
             input: "a self-\nemployed merchant objected to it.",
             expected: "a self-employed merchant objected to it."),
        Case(name: "document's own compound wins",
             input: "The cease-fire held. After the cease-\nfire ended, talks resumed at once.",
             expected: "The cease-fire held. After the cease-fire ended, talks resumed at once."),
        Case(name: "capitalised tail keeps hyphen",
             input: "the Anglo-\nAmerican alliance was signed in May.",
             expected: "the Anglo-American alliance was signed in May."),
        Case(name: "soft hyphen at line end joins",
             input: "the inter\u{AD}\nnational desk and the edi\u{AD}tor.",
             expected: "the international desk and the editor."),
        Case(name: "OCR not-sign and double hyphen at line end",
             input: "die inter¬\nnationale Lage und die Gesell⸗\nschaft von heute.",
             expected: "die internationale Lage und die Gesellschaft von heute."),
        Case(name: "a middle dot between Latin words keeps its spaces",
             input: "Story time for children every Monday · 6 p.m. · Room 2.",
             expected: "Story time for children every Monday · 6 p.m. · Room 2."),
        Case(name: "ligatures expanded",
             input: "The oﬃcial ﬁgures ﬂowed in.",
             expected: "The official figures flowed in."),
        Case(name: "letter-spaced words closed up",
             input: "S P E C I A L   N O T I C E",
             expected: "SPECIAL NOTICE"),
        Case(name: "tokens and numbers untouched",
             input: "It rose 3.5 per cent to 1,000 (COP27) units: fine?",
             expected: "It rose 3.5 per cent to 1,000 (COP27) units: fine?"),
        Case(name: "dash at line end keeps words apart",
             input: "He said -\nand meant it - that it was over.",
             expected: "He said - and meant it - that it was over."),
        Case(name: "typographic quotes, dashes and ellipses keep Latin spacing",
             input: "The mayor said “no” to the plan — and left … later. It’s the ‘best’ one.",
             expected: "The mayor said “no” to the plan — and left … later. It’s the ‘best’ one."),
        Case(name: "spaced em dash at a line end",
             input: "and so, he said —\nthe council must act now.",
             expected: "and so, he said — the council must act now."),
        Case(name: "closed em dash at a line end",
             input: "the harbour—\nwhich had long been silted—\nwas dredged at last.",
             expected: "the harbour—which had long been silted—was dredged at last."),
        Case(name: "a title or an initial at a line end goes on to the name",
             input: "The funeral of the late Hon. James T.\nBrady took place yesterday from his resi-\ndence on Fifth avenue. Among those pres-\nent were Mr.\nStevens, Dr. Hall and Gen. Dix, all old\nfriends of the deceased, and many others.\nThe services were conducted by the Rev.\nDr. Morgan, of St. Thomas's Church, as-\nsisted by the Rev. Mr. Cooke. Among the floral tributes was a large\ncross of white roses sent by the members\nof the bar, and a wreath from the city.",
             expected: "The funeral of the late Hon. James T. Brady took place yesterday from his residence on Fifth avenue. Among those present were Mr. Stevens, Dr. Hall and Gen. Dix, all old friends of the deceased, and many others. The services were conducted by the Rev. Dr. Morgan, of St. Thomas's Church, assisted by the Rev. Mr. Cooke. Among the floral tributes was a large cross of white roses sent by the members of the bar, and a wreath from the city."),
        Case(name: "quotation marks at line ends cling to their words",
             input: "The sign read “\nClosed until further notice” and\n“Apply within” was below it.",
             expected: "The sign read “Closed until further notice” and “Apply within” was below it."),
        // Letters and testimonials in nineteenth-century papers close with the writer's name on
        // a line of its own and the place and date under it.
        Case(name: "a letter's close: the name, then the place and date, each a line",
             input: "For three years I suffered from the rheuma-\ntism, and I can recommend them to all.\nJames R. Porter,\nSteubenville, Ohio, August 3, 1867.\nEditors of the Gazette: I write to say that the\nnew bridge is now open to travel.",
             expected: "For three years I suffered from the rheumatism, and I can recommend them to all.\nJames R. Porter,\nSteubenville, Ohio, August 3, 1867.\nEditors of the Gazette: I write to say that the new bridge is now open to travel."),
        Case(name: "a letter's place set on two lines is one dateline",
             input: "I now feel well once again, and I thank them.\nThomas Allen,\nMill on the Short Creek road, two\nmiles from Bethany, May 9, '68.",
             expected: "I now feel well once again, and I thank them.\nThomas Allen,\nMill on the Short Creek road, two miles from Bethany, May 9, '68."),
        Case(name: "a place and date alone after a sentence is a dateline",
             input: "May they be blessed for their kindness to us all.\nMrs. Ann Bell.\nBethany, May 1, 1868.\nThe Doctors may be seen at the hotel each day.",
             expected: "May they be blessed for their kindness to us all.\nMrs. Ann Bell.\nBethany, May 1, 1868.\nThe Doctors may be seen at the hotel each day."),
        Case(name: "a sentence that ends in a date is not a dateline",
             input: "Its report was read and adopted. The board\nwill meet next in Wheeling, May 1, 1868.",
             expected: "Its report was read and adopted. The board will meet next in Wheeling, May 1, 1868."),
        Case(name: "a heading in capitals over a numbered list stands alone, even after a full line",
             input: "I. INTRODUCTION\nThe Commission was established in 2019 to review the state of public\nlibraries in the region and to recommend improvements.\nII. FINDINGS\nThe Commission found that most libraries lack adequate funding for new\nacquisitions. Staffing levels have fallen by a third since 2010.\nIII. RECOMMENDATIONS\n1. Increase annual funding by ten percent.\n2. Restore staffing to 2010 levels within five years.\n",
             expected: "I. INTRODUCTION\nThe Commission was established in 2019 to review the state of public libraries in the region and to recommend improvements.\nII. FINDINGS\nThe Commission found that most libraries lack adequate funding for new acquisitions. Staffing levels have fallen by a third since 2010.\nIII. RECOMMENDATIONS\n1. Increase annual funding by ten percent.\n2. Restore staffing to 2010 levels within five years."),
        Case(name: "a line far short of its column with no mark, over a capital, ends its block",
             input: "Joint Statement between the People's Republic of China and the\nRepublic of Singapore\nAt the invitation of Prime Minister Lee Hsien Loong of the Repub-\nlic of Singapore, Premier Li Qiang of the State Council paid an of-\nficial visit to Singapore in April 2023. Both sides agreed to further\ndeepen the all-round high-quality future-oriented partnership.\n",
             expected: "Joint Statement between the People's Republic of China and the Republic of Singapore\nAt the invitation of Prime Minister Lee Hsien Loong of the Republic of Singapore, Premier Li Qiang of the State Council paid an official visit to Singapore in April 2023. Both sides agreed to further deepen the all-round high-quality future-oriented partnership."),
        Case(name: "a jump line stands alone, at an article's end and at its continuation",
             input: "The agreement, reached after two weeks of talks, does not say\nhow much money will be provided or who will pay into the fund.\n(Continued on Page 4, Column 3)\nContinued from First Page.\nThe delegates left for home on Tuesday morning, most of them\nsatisfied with what had been done.\n",
             expected: "The agreement, reached after two weeks of talks, does not say how much money will be provided or who will pay into the fund.\n(Continued on Page 4, Column 3)\nContinued from First Page.\nThe delegates left for home on Tuesday morning, most of them satisfied with what had been done."),
        Case(name: "a modern Title Case headline on two lines with no final point is one title",
             input: "City Council Approves\nNew Budget for Schools\n\nBy JOHN SMITH\n\nSPRINGFIELD, Jan. 5 — The City Council voted 7 to 2 last night to ap-\nprove a new budget that adds $4.2 million for the public schools.\n",
             expected: "City Council Approves New Budget for Schools\nBy JOHN SMITH\nSPRINGFIELD, Jan. 5 — The City Council voted 7 to 2 last night to approve a new budget that adds $4.2 million for the public schools."),
        Case(name: "a paper's part names stand alone: Abstract after an address line, 1 Introduction after the keywords",
             input: "Sparse Mixture-of-Experts Routing for Low-\nResource Machine Translation\nWei Zhang1, Priya Natarajan2, and Tomás Herrera1\n1School of Computer Science, Wuhan University, China\n2Department of Linguistics, University of Edinburgh, UK\n{wzhang, therrera}@whu.edu.cn, p.natarajan@ed.ac.uk\nAbstract\nMixture-of-experts (MoE) models scale the capacity of neural machine transla-\ntion systems without a proportional increase in computation. However, their\nrouting decisions are poorly understood in low-resource settings, where token-\nlevel load balancing can starve rare languages of expert capacity. We propose\na language-aware routing objective that keeps a fixed share of experts for\neach language family, and show that it improves BLEU by 1.8 points on aver-\nage across 24 low-resource directions.\nKeywords: mixture of experts, machine translation, low-resource languages\n1 Introduction\nMultilingual neural machine translation (NMT) has made it possible to serve\nhundreds of translation directions with a single model (Johnson et al., 2017;\nFan et al., 2021). Yet performance on low-resource pairs still lags far be-\nhind that on high-resource ones, a gap often attributed to the so-called\n",
             expected: "Sparse Mixture-of-Experts Routing for Low-Resource Machine Translation\nWei Zhang1, Priya Natarajan2, and Tomás Herrera1\n1School of Computer Science, Wuhan University, China\n2Department of Linguistics, University of Edinburgh, UK\n{wzhang, therrera}@whu.edu.cn, p.natarajan@ed.ac.uk\nAbstract\nMixture-of-experts (MoE) models scale the capacity of neural machine translation systems without a proportional increase in computation. However, their routing decisions are poorly understood in low-resource settings, where token-level load balancing can starve rare languages of expert capacity. We propose a language-aware routing objective that keeps a fixed share of experts for each language family, and show that it improves BLEU by 1.8 points on average across 24 low-resource directions.\nKeywords: mixture of experts, machine translation, low-resource languages\n1 Introduction\nMultilingual neural machine translation (NMT) has made it possible to serve hundreds of translation directions with a single model (Johnson et al., 2017; Fan et al., 2021). Yet performance on low-resource pairs still lags far behind that on high-resource ones, a gap often attributed to the so-called"),
        Case(name: "a short heading with no mark after a sentence's end stands alone over a numbered item",
             input: "Key Findings\n\nThe survey of 1,200 households found that:\n• 68 per cent of respondents had used a public library in the past\n  year, up from 61 per cent in 2019;\n• digital lending grew fastest among readers aged 18 to 34, who\n  borrowed twice as many e-books as in 2019; and\n• satisfaction with opening hours remained low (42 per cent).\nRecommendations\n1) Extend opening hours on weekday evenings and on Sundays in the\n   larger branches.\n2) Invest in digital collections and in staff training.\n",
             expected: "Key Findings\nThe survey of 1,200 households found that:\n• 68 per cent of respondents had used a public library in the past year, up from 61 per cent in 2019;\n• digital lending grew fastest among readers aged 18 to 34, who borrowed twice as many e-books as in 2019; and\n• satisfaction with opening hours remained low (42 per cent).\nRecommendations\n1) Extend opening hours on weekday evenings and on Sundays in the larger branches.\n2) Invest in digital collections and in staff training."),
        Case(name: "a letter's salutation stands before its first paragraph; a sentence that opens with Dear goes on",
             input: "Dear Secretary-General,\nI have the honour to refer to the Agreement on Cooperation in the\nField of Maritime Search and Rescue, signed at Geneva on 4 June\n2021, and to inform you that it has entered into force. Dear as it was,\nthe price was paid. Dear friends,\nWe met again.\n",
             expected: "Dear Secretary-General,\nI have the honour to refer to the Agreement on Cooperation in the Field of Maritime Search and Rescue, signed at Geneva on 4 June 2021, and to inform you that it has entered into force. Dear as it was, the price was paid. Dear friends, We met again."),
    ]

    @Test(arguments: ["Dear Secretary-General,", "Sir,", "Ladies and Gentlemen:", "Monsieur le Ministre,", "Sehr geehrte Damen und Herren,",
                      "My dear Mrs. Smith,", "Your Excellency,"])
    func salutations(_ text: String) {
        #expect(LatinSalutation.isSalutation(LineProfile(number: 1, scalars: Array(text.unicodeScalars), indent: 0, blankLinesBefore: 0)))
    }

    @Test(arguments: ["Dear as it was,", "Dear friends, we are here to", "Sir John Falstaff,", "Dear Mr. Smith. Thank you,", "Dear Sir"])
    func notSalutations(_ text: String) {
        #expect(!LatinSalutation.isSalutation(LineProfile(number: 1, scalars: Array(text.unicodeScalars), indent: 0, blankLinesBefore: 0)))
    }

    @Test(arguments: cases)
    func repairsPhenomenon(_ c: Case) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }

    @Test func indentedLinesStartParagraphs() throws {
        let document = repaired(try Fixtures.text("samples/latin-newspaper.txt"))
        let kinds = document.blocks.map(\.kind)
        #expect(kinds == [.title, .heading, .paragraph, .paragraph, .paragraph, .furniture, .paragraph])
        #expect(document.blocks[3].text.hasPrefix("After some discussion the motion was carried. Mr. Smith, a self-employed merchant, objected to the proposal"))
        #expect(document.language == "en")
    }

    @Test func blankLinesSeparateParagraphsWhenTheyAreRare() {
        let input = "First paragraph line one\nand line two.\n\nSecond paragraph line one\nand its end."
        #expect(repaired(input).blocks.map(\.text) == ["First paragraph line one and line two.", "Second paragraph line one and its end."])
    }

    @Test func hyphenBreakIsCutWordInDiplomaticMarks() throws {
        let block = try #require(repaired("the well-\nknown members of the board met.").blocks.first)
        #expect(block.text == "the well-known members of the board met.")
        #expect(block.lineBreaks == [LineBreakMark(offset: 9, cutsWord: true)])
        let plain = try #require(repaired("the board\nmet today.").blocks.first)
        #expect(plain.lineBreaks == [LineBreakMark(offset: 10, cutsWord: false)])
    }
}

@Suite struct VocabularyTests {
    @Test func earlierDocumentsDecideHyphens() {
        let earlier = repaired("The fundraising dinner was a well-known success for everyone.")
        let vocabulary = Vocabulary.collect(from: earlier)
        #expect(vocabulary.contains("fundraising"))
        #expect(vocabulary.contains("well-known"))
        let later = "They held another fund-\nraising event in the spring of that year."
        // Without memory: two words whose joined form the lexicon lacks, so a compound.
        #expect(readingText(repaired(later)) == "They held another fund-raising event in the spring of that year.")
        // The earlier document printed the word whole: the hyphen only split it.
        #expect(readingText(repaired(later, options: RepairOptions(knownVocabulary: vocabulary))) == "They held another fundraising event in the spring of that year.")
    }
}

/// `Vocabulary.collect` walks scalars for speed; it must find the words a walk over characters
/// (the plain reading of "letters, hyphens and apostrophes, trimmed") finds.
@Suite struct VocabularyWalkTests {
    static func byCharacters(_ document: RepairedDocument) -> Set<String> {
        var words = Set<String>()
        for block in document.blocks where block.kind != .furniture {
            var current = ""
            func finish() {
                var word = Substring(current)
                while let c = word.first, c == "-" || c == "'" || c == "’" { word.removeFirst() }
                while let c = word.last, c == "-" || c == "'" || c == "’" { word.removeLast() }
                if word.count >= 2 { words.insert(word.lowercased()) }
                current = ""
            }
            for c in block.text {
                if c.isLetter && !c.unicodeScalars.contains(where: { $0.layoutClass == .han }) || c == "-" || c == "'" {
                    current.append(c)
                } else {
                    finish()
                }
            }
            finish()
        }
        return words
    }

    static let tokens = ["The", "well-", "known", "café", "cafe\u{301}", "O'Brien", "l’état", "don't", "-", "'", "’",
                         "上合组织", "Straße", "ÆSIR", "naïve", "co-operation", "x", " ", "\n", ", ", ".", "3", "Ωμέγα", "к"]

    @Test func findsTheWordsACharacterWalkFinds() async {
        await propertyCheck(count: 200, input: Gen<String?>.element(of: Self.tokens).array(of: 0...40).map { $0.compactMap { $0 }.joined() }) { text in
            let document = repaired(text)
            #expect(Vocabulary.collect(from: document) == Self.byCharacters(document))
        }
    }
}

@Suite struct LexiconTests {
    @Test func wordListIsFoundAndLoaded() {
        #expect(Lexicon.locate() != nil)
        #expect(Lexicon.english.contains("international"))
        #expect(Lexicon.english.count > 50_000)
    }

    @Test(arguments: [("WHEAT—No. 2 red, 98c@$1.00; No. 3", true), ("NEW YORK CENTRAL.—Sales, 1,200", true), ("CORN--No. 2, 45c", true),
                      ("CHICAGO, June 12.—Wheat opened firm and", true), ("WASHINGTON, D. C., June 12.—The", true),
                      ("The WHEAT—market", false), ("US—and", false), ("NEW YORK, where he—", false), ("CHICAGO, June 12, 1899, and", false)])
    func runInHeads(_ line: String, opens: Bool) {
        #expect(Segmenter.opensWithRunInHead(LineScalars(Array(line.unicodeScalars))) == opens)
    }

    /// A market report in a column with no indents: each run-in head opens a paragraph, and a
    /// price written with `@` is no mail address, whose cut would join the next line tight.
    @Test func aMarketReportKeepsItsItems() {
        let text = """
            THE MARKETS.

            CHICAGO, June 12.—Wheat opened firm and
            closed a shade higher on light receipts.
            WHEAT—No. 2 red, 98c@$1.00; No. 3
            red, 95@97c.
            CORN—No. 2, 45@46c; No. 3, 43@44c.
            OATS—No. 2 white, 33@34c.
            PROVISIONS—Pork, $11.50@11.75; lard,
            $6.40@6.45.
            CATTLE—Receipts, 12,000; market
            steady; beeves, $4.50@5.60; cows and
            heifers, $2.00@4.25.
            """
        #expect(readingText(repaired(text)) == """
            THE MARKETS.
            CHICAGO, June 12.—Wheat opened firm and closed a shade higher on light receipts.
            WHEAT—No. 2 red, 98c@$1.00; No. 3 red, 95@97c.
            CORN—No. 2, 45@46c; No. 3, 43@44c.
            OATS—No. 2 white, 33@34c.
            PROVISIONS—Pork, $11.50@11.75; lard, $6.40@6.45.
            CATTLE—Receipts, 12,000; market steady; beeves, $4.50@5.60; cows and heifers, $2.00@4.25.
            """)
    }

    /// An address cut at a line end goes on with the next line, tight; a price written with
    /// `@` at a sentence's end does not run into the next sentence.
    @Test(arguments: [("service@mofcom.", "g", true), ("https://gjj.jiang", "c", true), ("12345678@qq.", "c", true),
                      ("No. 2, 45@46c; No. 3, 43@44c.", "O", false), ("sold at 43@44c.", "T", false), ("the U.S.", "T", false)])
    func addressesGoOnTight(_ text: String, next: Character, continues: Bool) {
        #expect(BlockAssembler.continuesAddress(Array(text.unicodeScalars), next: next.unicodeScalars.first!) == continues)
    }

    /// A narrow German column under its headline and byline: its lines' widths wander from
    /// paragraph to paragraph (ragged right, the headline above narrower still), which is no
    /// second text starting; another text opens with a headline, a line short of the column.
    @Test func aRaggedColumnUnderItsHeadlineIsOneText() {
        let input = "Neue Fährverbindung über\nden Lindensee\nVon Katrin Wellhöfer\n  ALTENBRÜCK. Ab dem kommenden\nFrühjahr soll eine elektrisch\nbetriebene Fähre die beiden Ufer des\nLindensees verbinden. Das hat der\nGemeinderat am Dienstagabend mit\ngroßer Mehrheit beschlossen.\n  „Wir schließen damit eine Lücke im\nNahverkehr, die seit Jahrzehnten\nbesteht“, sagte Bürgermeisterin Ute\nHallberg. Pendler aus dem Rhein-Main-\n\nSeite 14            Lokales\n\nGebiet müssten bisher einen Umweg von\nfast zwanzig Kilometern in Kauf neh-\nmen.\n  Die Kosten für das Schiff und die\nbeiden Anlegestellen werden auf rund\n3,2 Millionen Euro geschätzt; das Land\nübernimmt knapp die Hälfte.\n"
        let document = repaired(input)
        #expect(document.divisions.count == 1)
        #expect(readingText(document) == "Neue Fährverbindung über den Lindensee\nVon Katrin Wellhöfer\nALTENBRÜCK. Ab dem kommenden Frühjahr soll eine elektrisch betriebene Fähre die beiden Ufer des Lindensees verbinden. Das hat der Gemeinderat am Dienstagabend mit großer Mehrheit beschlossen.\n„Wir schließen damit eine Lücke im Nahverkehr, die seit Jahrzehnten besteht“, sagte Bürgermeisterin Ute Hallberg. Pendler aus dem Rhein-Main-Gebiet müssten bisher einen Umweg von fast zwanzig Kilometern in Kauf nehmen.\nDie Kosten für das Schiff und die beiden Anlegestellen werden auf rund 3,2 Millionen Euro geschätzt; das Land übernimmt knapp die Hälfte.")
    }
}
