import Testing
@testable import QuireText

/// How a line's last marks end it, where a mark after the sentence's end hides the end:
/// a closing bracket of a stage direction, a speech broken off inside its quotation mark. (A source
/// cited in brackets after the sentence: `ExamPaperTests`.)
@Suite struct LineEndingTests {
    @Test(arguments: [
        // A stage direction in tortoise-shell brackets, then a speaker's line.
        ("〔秋天的傍晚。江边一间旧茶馆。〕\n林小满　（推门进来）周伯，船还开吗？\n", "〔秋天的傍晚。江边一间旧茶馆。〕\n林小满　（推门进来）周伯，船还开吗？"),
        // Speech broken off with a dash inside its closing quotation mark.
        ("“我爹临走前说，这匣子要交给您。”她低声说，“他还说——”\n“还说什么？”\n", "“我爹临走前说，这匣子要交给您。”她低声说，“他还说——”\n“还说什么？”"),
    ])
    func theSentenceEndsBeforeTheMarksAfterIt(input: String, expected: String) {
        #expect(readingText(repaired(input)) == expected)
    }
}
