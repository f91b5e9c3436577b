import Foundation
import PropertyBased
import Testing
import QuireService

/// `Pipeline.outputName` answers `x.txt` without `NSString`; every name must still get what
/// `NSString.deletingPathExtension` gives.
@Suite("Output names")
struct OutputNameTests {
    static func reference(_ name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        return (stem.isEmpty ? name : stem) + ".tei.xml"
    }

    /// Names built from the pieces that matter: dots, the extension in both cases, spaces, CJK
    /// and a combining mark. No slash: inputs are last path components (and swift-corelibs
    /// Foundation's `deletingPathExtension` traps on a slash before a combining mark).
    static let names = Gen.element(of: [".", "txt", "TXT", ".txt", "a", "中", " ", "\u{301}", "-", "x"]).map { $0! }
        .array(of: 0...6).map { $0.joined() }

    @Test func agreesWithDeletingPathExtension() async {
        await propertyCheck(count: 500, input: Self.names) { name in
            #expect(Pipeline.outputName(forInput: name) == Self.reference(name))
        }
    }

    @Test(arguments: ["a.txt", "a..txt", ".txt", "..txt", "a.b.txt", "a.TXT", " .txt", "中.txt", "a\u{301}.txt", "a/.txt", "000_b1dedeb09271b6b9.txt"])
    func agreesOnTheUsualShapes(name: String) {
        #expect(Pipeline.outputName(forInput: name) == Self.reference(name))
    }
}
