import Foundation
import Testing
@testable import QuireText

/// Repair counts survive a round trip, and counts written before a kind was added read as zero
/// for it instead of trapping.
@Suite struct RepairLogTests {
    @Test func roundTripsThroughJSON() throws {
        var log = RepairLog()
        log.record(.lineJoin, count: 3)
        log.record(.columnOrder)
        let decoded = try JSONDecoder().decode(RepairLog.self, from: JSONEncoder().encode(log))
        #expect(decoded == log)
    }

    @Test func countsFromBeforeAKindWasAddedReadAsZeroForIt() throws {
        let older = Data(#"{"slots":[5,0,0,0,0,0,0,0,0,0,0,0]}"#.utf8)
        let decoded = try JSONDecoder().decode(RepairLog.self, from: older)
        #expect(decoded[.lineJoin] == 5)
        #expect(decoded[.columnOrder] == 0)
        #expect(decoded.total == 5)
    }
}
