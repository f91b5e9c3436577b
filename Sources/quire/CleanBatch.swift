import Foundation
import QuireService

/// Runs the inputs of one `quire clean` through the pipeline and reports each on one line.
struct CleanBatch {
    let pipeline: Pipeline
    let outputDirectory: URL
    private(set) var failures = 0
    /// Output file name -> the input that produced it in this run.
    private var written: [String: String] = [:]
    private var outputDirectoryReady = false

    init(pipeline: Pipeline, outputDirectory: URL) {
        self.pipeline = pipeline
        self.outputDirectory = outputDirectory
    }

    mutating func run(_ input: InputFiles.Input) {
        switch input {
        case .missing(let path):
            fail(path, "no such file or directory")
        case .standardInput:
            runStandardInput()
        case .file(let url):
            runFile(url)
        }
    }

    private mutating func runFile(_ url: URL) {
        let shown = Console.display(url.path)
        let outputName = Pipeline.outputName(forInput: url.lastPathComponent)
        if let earlier = written[outputName] {
            return fail(shown, PipelineError.outputCollision(output: outputName, earlierInput: earlier).reason)
        }
        do {
            try prepareOutputDirectory()
            let result = try pipeline.process(fileAt: url, outputDirectory: outputDirectory)
            if !result.skipped { written[outputName] = shown }
            succeed(shown, result)
        } catch {
            fail(shown, error.reason)
        }
    }

    private mutating func runStandardInput() {
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        do {
            let rendered = try pipeline.render(bytes: bytes, fileName: "-", documentName: nil)
            if let tei = rendered.tei { Console.writeStandardOutput(tei.bytes) }
            succeed("-", PipelineResult(rendered, output: nil), destination: "standard output")
        } catch {
            fail("-", error.reason)
        }
    }

    /// Creates the output folder on first use, so a run with only bad inputs creates nothing.
    private mutating func prepareOutputDirectory() throws(PipelineError) {
        guard !outputDirectoryReady else { return }
        do {
            try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw .unreadable(path: outputDirectory.path, reason: "cannot create the output folder \(outputDirectory.path): \(error.localizedDescription)")
        }
        outputDirectoryReady = true
    }

    private func succeed(_ shown: String, _ result: PipelineResult, destination: String? = nil) {
        if result.skipped {
            Console.report("ok  \(shown): identical to \(result.identicalTo ?? "an earlier input"), skipped")
            return
        }
        var details: [String] = []
        if result.encoding != .utf8 { details.append(result.encoding.rawValue) }
        details.append("\(result.blockCount) block\(result.blockCount == 1 ? "" : "s")")
        details.append("\(result.duplicateBlockCount) duplicate\(result.duplicateBlockCount == 1 ? "" : "s")")
        if let identical = result.identicalTo { details.append("identical to \(identical)") }
        if result.droppedCharacters > 0 { details.append("\(result.droppedCharacters) forbidden characters dropped") }
        let target = destination ?? result.outputPath.map(Console.display) ?? "nowhere"
        Console.report("ok  \(shown) -> \(target) (\(details.joined(separator: ", ")))")
    }

    private mutating func fail(_ shown: String, _ reason: String) {
        failures += 1
        Console.report("FAILED \(shown): \(reason)")
    }
}
