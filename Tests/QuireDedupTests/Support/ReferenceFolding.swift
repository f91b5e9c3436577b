import Foundation

@testable import QuireDedup

/// `TextFolding.fold` as first written, over the string's scalar view: the model the
/// byte-decoding version must match scalar for scalar.
enum ReferenceFolding {
    static func fold(_ text: String) -> [UInt32] {
        var scalars: [UInt32] = []
        var pendingBoundary = false
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            if value < 0x80 {
                switch value {
                case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
                    if pendingBoundary, !scalars.isEmpty { scalars.append(TextFolding.boundary) }
                    pendingBoundary = false
                    scalars.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                default:
                    pendingBoundary = true
                }
                continue
            }
            let folded = Unicode.Scalar(value)!
            let properties = folded.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                break
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                pendingBoundary = true
                continue
            }
            let isCJK = TextFolding.isCJKScalar(value)
            if !isCJK, pendingBoundary, !scalars.isEmpty { scalars.append(TextFolding.boundary) }
            pendingBoundary = false
            if isCJK {
                scalars.append(value)
                continue
            }
            for lowered in String(Character(folded)).lowercased().unicodeScalars {
                if lowered.value >= 0xC0 && lowered.value <= 0x24F,
                    let base = String(Character(lowered)).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                    String(Character(lowered)).decomposedStringWithCanonicalMapping.unicodeScalars.count > 1
                {
                    scalars.append(base.value)
                } else {
                    scalars.append(lowered.value)
                }
            }
        }
        return scalars
    }
}
