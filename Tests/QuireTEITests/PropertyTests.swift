import Foundation
import PropertyBased
import Testing
import QuireText
@testable import QuireTEI

@Suite("Arbitrary input")
struct PropertyTests {
    /// Scalars weighted towards trouble: C0/C1 controls, XML specials, noncharacters at the
    /// end of the BMP, private use, supplementary planes, and CJK.
    static let scalar = Gen<Unicode.Scalar>.frequency(
        (3, Gen.unicodeScalar(in: "\u{0}"..."\u{7F}")),
        (2, Gen<Unicode.Scalar?>.element(of: ["<", "&", ">", "\"", "'", "\u{0}", "\u{C}", "\u{FFFE}", "\u{FFFF}", "\u{D}", "\u{FFFD}"]).map { $0! }),
        (1, Gen.unicodeScalar(in: "\u{80}"..."\u{9F}")),
        (3, Gen.unicodeScalar(in: "\u{4E00}"..."\u{9FFF}")),
        (1, Gen.unicodeScalar(in: "\u{E000}"..."\u{FFFF}")),
        (1, Gen.unicodeScalar(in: "\u{10000}"..."\u{10FFFF}"))
    )
    static let text = scalar.array(of: 0...24).map { String(String.UnicodeScalarView($0)) }

    static func expectedText(_ string: String) -> String {
        String(String.UnicodeScalarView(string.unicodeScalars.filter(XMLCharacterFilter.isAllowed)))
    }

    /// Divisions of random kinds and texts, with random line breaks.
    static let divisions = zip(Gen<BlockKind>.case, text, Gen.int(in: -1...30), Gen<Bool>.bool)
        .array(of: 0...8).array(of: 0...3)

    @Test func arbitraryTextsYieldWellFormedValidTEI() async throws {
        let validator = try RelaxNGValidator.quire()
        await propertyCheck(count: 200, input: Self.text, Self.text, Self.text, Self.divisions, Gen<Bool>.bool) { title, fileName, language, specs, diplomatic in
            var counter = 0
            let divisions = specs.map { division in
                division.map { kind, text, offset, cutsWord in
                    counter += 1
                    return Fixture.block(kind, text, id: "b\(counter)", breaks: [LineBreakMark(offset: offset, cutsWord: cutsWord)])
                }
            }
            let blocks = divisions.flatMap { $0 }
            let document = Fixture.document(divisions, title: title.isEmpty ? nil : title, language: language)
            let options = TEIOptions(diplomatic: diplomatic, timestamp: Fixture.timestamp, applicationVersion: language)
            let output = try Fixture.render(document, source: Fixture.source(fileName), options: options)

            #expect(XMLWellFormedness.check(output.bytes).isEmpty)
            #expect(validator.validate(bytes: output.bytes).isEmpty)
            if let teiAll = Schemas.teiAll {
                #expect(teiAll.validate(bytes: output.bytes).isEmpty)
            }
            let texts = blocks.map(\.text)
            let dropped = ([fileName] + (title.isEmpty ? [] : [title]) + texts).reduce(0) {
                $0 + $1.unicodeScalars.count - Self.expectedText($1).unicodeScalars.count
            }
            #expect(output.droppedCharacters == dropped)
            let summary = try TEIReader.read(bytes: output.bytes)
            #expect(summary.blocks.map(\.id) == blocks.map(\.id))
            #expect(summary.blocks.map(\.text) == texts.map(Self.expectedText))
            #expect(summary.blocks.map(\.kind) == blocks.map(\.kind))
            #expect(summary.sourceFileName == Self.expectedText(fileName))
        }
    }

    /// A Swift `String` cannot hold a lone surrogate: decoding one yields U+FFFD, which is
    /// allowed in XML and kept.
    @Test func loneSurrogatesArriveAsReplacementCharacters() throws {
        let text = String(decoding: [0xD800, 0x41, 0xDC00] as [UInt16], as: UTF16.self)
        let output = try Fixture.render(Fixture.document([[Fixture.block(.paragraph, text, id: "p1")]]))
        #expect(output.droppedCharacters == 0)
        #expect(try Fixture.root(output).element(id: "p1")?.stringValue == "\u{FFFD}A\u{FFFD}")
    }
}
