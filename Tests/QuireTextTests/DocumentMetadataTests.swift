import Testing
@testable import QuireText

/// What the TEI header says about a document besides its text: the language and the repair counts.
@Suite struct DocumentMetadataTests {
    @Test(arguments: [
        ("zh", "中华人民共和国和越南社会主义共和国联合声明\n双方同意，加强合作。"),
        ("en", "The council met on Tuesday and voted on the proposal that was put to it by the mayor."),
        ("fr", "Le conseil a voté pour la proposition et les membres sont partis dans la nuit."),
        ("de", "Der Rat hat die Vorlage nicht angenommen, und die Mitglieder sind mit dem Zug gefahren."),
        ("es", "El consejo votó por la propuesta y los miembros se fueron con el tren para la casa."),
        ("it", "Il consiglio ha votato per la proposta e gli ospiti della città sono partiti con il treno."),
        ("und", "12345 67890\n— 3 —"),
        ("und", "Quixotic zephyrs vex bold jumping wizards"),
    ])
    func languageIsGuessedFromScriptAndFunctionWords(expected: String, text: String) {
        #expect(repaired(text).language == expected)
    }

    /// A Chinese statement printed with its English text: the English blocks are tagged `en`,
    /// the Chinese ones keep the document's tag; Latin tokens inside Chinese prose (`RCEP`, a web
    /// address) do not make a block Latin.
    @Test func blocksInTheOtherScriptAreTagged() {
        let text = "中华人民共和国和新加坡共和国联合声明\n双方同意进一步深化全方位高质量的前瞻性伙伴关系，共同推进RCEP实施，详见http://www.gov.cn/zhengce。\n\nAt the invitation of Prime Minister Lee Hsien Loong of the Republic of Singapore, Premier Li Qiang paid an official visit to Singapore.\n"
        let document = repaired(text)
        #expect(document.language == "zh")
        let blocks = document.divisions.flatMap(\.blocks)
        #expect(blocks.map(\.language) == [nil, nil, .en])
    }

    @Test func anEnglishReportQuotingChineseTagsTheChinese() {
        let text = "The council met on Tuesday and voted on the proposal that was put to it by the mayor of the city.\n\n双方同意，加强合作。\n\nThe members left by train after the vote and the mayor thanked them for their work on the plan.\n"
        let document = repaired(text)
        #expect(document.language == "en")
        #expect(document.divisions.flatMap(\.blocks).map(\.language) == [nil, .zh, nil])
    }

    @Test func everyFunctionWordIsShortEnoughToPack() {
        for (_, words) in LanguageGuess.functionWords {
            for word in words { #expect(LanguageGuess.pack(word.utf8.map(UInt64.init)) != nil, "\(word)") }
        }
    }

    @Test func repairCountsAreListedInDeclarationOrderWithoutZeros() {
        var log = RepairLog()
        for (index, kind) in RepairKind.allCases.enumerated().reversed() where index % 2 == 0 {
            log.record(kind, count: index + 1)
        }
        log.record(.lineJoin, count: 0)
        let expected = RepairKind.allCases.enumerated().filter { $0.offset % 2 == 0 }
        #expect(log.entries.map(\.kind) == expected.map(\.element))
        #expect(log.entries.map(\.count) == expected.map { $0.offset + 1 })
        #expect(log.total == expected.reduce(0) { $0 + $1.offset + 1 })
        var merged = RepairLog()
        merged.merge(log)
        merged.merge(log)
        #expect(merged[.lineJoin] == 2 * log[.lineJoin])
        #expect(merged.counts[.ligature] == 2 * log[.ligature])
    }
}
