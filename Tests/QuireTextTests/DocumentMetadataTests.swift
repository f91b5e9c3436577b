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
