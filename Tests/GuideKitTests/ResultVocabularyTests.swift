@testable import GuideKit
import XCTest

/// The results hold the model's enums; their JSON must still be the strings the results held
/// before (the JSON shapes are a contract the front ends serve). Each table lists every case with
/// the string it was written as.
final class ResultVocabularyTests: XCTestCase {
    private func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func assertStrings<Value: Codable & Equatable>(_ table: [(Value, String)], file: StaticString = #filePath,
                                                           line: UInt = #line) throws {
        for (value, expected) in table {
            XCTAssertEqual(try json(value), "\"\(expected)\"", "\(value)", file: file, line: line)
            XCTAssertEqual(try JSONDecoder().decode(Value.self, from: Data("\"\(expected)\"".utf8)), value, expected,
                           file: file, line: line)
        }
    }

    func testEveryEnumEncodesAsItsFormerString() throws {
        try assertStrings([(SectionKind.recommendation, "recommendation"), (.practical, "practical"), (.rationale, "rationale"),
                           (.checklist, "checklist"), (.references, "references"), (.other, "other")])
        XCTAssertEqual(SectionKind.allCases.count, 6)
        try assertStrings([(Article.Kind.recommendation, "recommendation"), (.text, "text")])
        try assertStrings([(GuidelineStatus.Stage.published, "published"), (.hearingDraft, "hearingDraft")])
        try assertStrings([(ChecklistTopic.plan, "plan"), (.tasks, "tasks"), (.questions, "questions"),
                           (.assessment, "assessment"), (.other, "other")])
        XCTAssertEqual(ChecklistTopic.allCases.count, 5)
        try assertStrings([(Norm.legalDuty, "legal_duty"), (.obligation, "obligation"), (.recommendation, "recommendation"),
                           (.option, "option"), (.none, "none")])
        XCTAssertEqual(Norm.allCases.count, 5)
        try assertStrings([(NormDirection.for, "for"), (.against, "against")])
        try assertStrings([(NormativeStatement.Unit.title, "title"), (.sentence, "sentence"), (.leadIn, "lead_in"), (.item, "item")])
        try assertStrings([(ActKind.law, "law"), (.regulation, "regulation"), (.unknown, "unknown")])
        XCTAssertEqual(ActKind.allCases.count, 3)
        try assertStrings([(HandoutBlock.Kind.paragraph, "paragraph"), (.checklist, "checklist")])
        XCTAssertEqual(HandoutBlock.Kind.allCases.count, 2)
    }

    /// In place, as fields of a result: the same keys, strings and nulls as when they were `String`.
    func testResultFieldsEncodeAsStrings() throws {
        let statement = StatementSummary(unit: .leadIn, text: "Fastlegen skal:", norm: .obligation, direction: nil, cue: nil,
                                         start: 0, end: 15, roles: [], lines: [3, 3])
        XCTAssertEqual(try json(statement), """
            {"cue":null,"direction":null,"end":15,"lines":[3,3],"norm":"obligation","roles":[],"start":0,"text":"Fastlegen skal:","unit":"lead_in"}
            """)
        XCTAssertEqual(try json(Strength(norm: .recommendation, direction: .against, cue: nil)),
                       #"{"cue":null,"direction":"against","norm":"recommendation"}"#)
        XCTAssertEqual(try json(ArticleSummary(id: "als/1.1", title: "Pårørende bør få avlastning", kind: .recommendation)),
                       #"{"id":"als/1.1","kind":"recommendation","title":"Pårørende bør få avlastning"}"#)
        XCTAssertEqual(try json(HandoutBlock.checklist("Planen bør inneholde:", [])),
                       #"{"items":[],"kind":"checklist","text":"Planen bør inneholde:"}"#)
    }

    /// A stored value the model does not know fails the read, naming what it found.
    func testUnknownStoredValueIsAnError() throws {
        let db = try Database(path: ":memory:", mode: .create)
        let row = try XCTUnwrap(try db.firstRow("SELECT 'forskrift' AS act, NULL AS direction, 'rationale' AS part"))
        XCTAssertEqual(try row.value("part", as: SectionKind.self), .rationale)
        XCTAssertNil(try row.optionalValue("direction", as: NormDirection.self))
        XCTAssertThrowsError(try row.value("act", as: ActKind.self)) { error in
            XCTAssertEqual(error as? StoredValueError, StoredValueError(type: "ActKind", value: "forskrift"))
        }
        XCTAssertThrowsError(try row.value("direction", as: Norm.self)) { error in
            XCTAssertEqual(error as? StoredValueError, StoredValueError(type: "Norm", value: nil))
        }
    }
}
