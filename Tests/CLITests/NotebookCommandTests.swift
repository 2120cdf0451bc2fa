import Foundation
import Glibc
import XCTest

/// `nlpnb run NB.nlpnb`, `nlpnb test`, `nlpnb convert` and the REPL's `%save`, through the
/// built executable.
final class NotebookCommandTests: XCTestCase {
    private struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    private var folder: URL!
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's notebooks that are quick to run: all but the Keras tutorials, which
    /// train for a minute each. `make test` runs every notebook once, in its last step; the
    /// tests here run these several times.
    private var quickNotebooks: [URL] {
        get throws {
            let notebooks = repository.appendingPathComponent("Notebooks")
            return try FileManager.default.contentsOfDirectory(atPath: notebooks.path)
                .filter { $0.hasSuffix(".nlpnb") && !$0.hasPrefix("tutorial-keras-") }
                .sorted()
                .map { notebooks.appendingPathComponent($0) }
        }
    }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nlpnb-notebooks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func binary() throws -> String {
        let path = TerminalSession.binaryPath
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("no nlpnb binary at \(path): run `swift build` first")
        }
        return path
    }

    private func start(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    private func nlpnb(_ arguments: [String]) throws -> Outcome {
        let (process, out, err) = try start(arguments)
        // stderr is drained on another thread so a child filling that pipe cannot stall; the
        // group's wait orders its write before the read below.
        nonisolated(unsafe) var errors = Data()
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) { errors = err.fileHandleForReading.readDataToEndOfFile() }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                       stderr: String(decoding: errors, as: UTF8.self))
    }

    @discardableResult
    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The notebook text without the wall times that change from run to run.
    private func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #" time=[0-9.]+s"#, with: "", options: .regularExpression)
    }

    // MARK: - run

    func testRunStreamsEachCellUnderAHeaderAndWritesACopy() throws {
        let path = try write("nb.nlpnb", "%% markdown\n# Title\n%% code\nprint('hello')\n%% code name=b\n[1, 2]\n%% code\n3;\n")
        let result = try nlpnb(["run", path, "--output", "out.nlpnb"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "── cell 1 ──\nhello\n── cell 2 (b) ──\n[1, 2]\n── cell 3 ──\n")
        let written = try read(folder.appendingPathComponent("out.nlpnb").path)
        XCTAssertEqual(withoutTimes(written), "%% markdown\n# Title\n%% code\nprint('hello')\n%% output\nhello\n%% code name=b\n[1, 2]\n%% output\n[1, 2]\n%% code\n3;\n")
        XCTAssertTrue(written.contains("%% code time="), written)
        XCTAssertEqual(try read(path), "%% markdown\n# Title\n%% code\nprint('hello')\n%% code name=b\n[1, 2]\n%% code\n3;\n")
    }

    func testNotebookOptionsMayComeBeforeThePath() throws {
        let path = try write("nb.nlpnb", "%% code name=parameters\nn = 1\n%% code\nprint(n * 2)\n")
        let result = try nlpnb(["run", "-p", "n=21", "--output", "out.nlpnb", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "── cell 1 (parameters) ──\n── cell 2 ──\n42\n")
        XCTAssertTrue(try read(folder.appendingPathComponent("out.nlpnb").path).contains("%% output\n42\n"))
        XCTAssertEqual(try nlpnb(["run", "--inplace", path]).status, 0)
        XCTAssertTrue(try read(path).contains("%% output\n2\n"))
    }

    func testAFailingCellStopsTheRunAndTheNotebookKeepsTheError() throws {
        let path = try write("nb.nlpnb", "%% code\nprint('ok')\n%% code name=bad\nx = 1\nint('seven')\n%% code\nprint('never')\n")
        let result = try nlpnb(["run", path, "--inplace"])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stdout.contains("never"), result.stdout)
        XCTAssertTrue(result.stderr.contains("cell 2 (bad) failed at line 2 (line 5 of the notebook):\nTraceback (most recent call last):"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("ValueError: invalid literal for int() with base 10: 'seven'\n"), result.stderr)
        let written = withoutTimes(try read(path))
        XCTAssertTrue(written.contains("%% code name=bad\nx = 1\nint('seven')\n%% error\nValueError: invalid literal for int() with base 10: 'seven'\nTraceback"), written)
        XCTAssertTrue(written.hasSuffix("%% code\nprint('never')\n"), written)

        let goingOn = try nlpnb(["run", path, "--keep-going"])
        XCTAssertEqual(goingOn.status, 0, "the error is now the cell's golden, so it is expected")
        XCTAssertTrue(goingOn.stdout.hasSuffix("never\n"), goingOn.stdout)
    }

    func testTimeoutsAndParametersFromTheCommandLine() throws {
        let path = try write("nb.nlpnb", "%% code name=parameters\nloops = 1\nlabel = 'x'\n%% code\nfor i in range(loops):\n    while True:\n        pass\n%% code\nprint(label)\n")
        let timedOut = try nlpnb(["run", path, "--timeout", "0.5", "-p", "label=done"])
        XCTAssertEqual(timedOut.status, 1)
        XCTAssertTrue(timedOut.stderr.contains("cell 2 timed out"), timedOut.stderr)
        XCTAssertTrue(timedOut.stderr.contains("did not finish within its --timeout of 0.5 seconds"), timedOut.stderr)

        let typed = try nlpnb(["run", path, "-p", "loops=0", "-p", "label=done"])
        XCTAssertEqual(typed.status, 0, typed.stderr)
        XCTAssertTrue(typed.stdout.hasSuffix("done\n"), typed.stdout)

        let unknown = try nlpnb(["run", path, "-p", "lable=done"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown parameter 'lable' (did you mean 'label'?)"), unknown.stderr)
        let mistyped = try nlpnb(["run", path, "-p", "loops=many"])
        XCTAssertTrue(mistyped.stderr.contains("parameter 'loops' is an int (1), and 'many' is not"), mistyped.stderr)
    }

    /// A loop whose body is one long native call takes few interpreter steps; the cell's
    /// timeout must still stop it at the next one, not after a thousand more.
    func testATimeoutStopsALoopOfLongNativeCalls() throws {
        let path = try write("nb.nlpnb", "%% code timeout=1\nimport numpy as np\na = np.ones((700, 700))\nwhile True:\n    b = a @ a\n%% code\nprint('next')\n")
        let started = Date()
        let result = try nlpnb(["run", path, "--keep-going"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("TimeoutError: the cell ran past its timeout (1s)"), result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("next\n"), result.stdout)
    }

    /// Keras training is one native call; it stops between batches when the cell times out.
    func testATimeoutStopsKerasTraining() throws {
        let path = try write("nb.nlpnb", """
            %% code timeout=1
            import numpy as np
            from keras import Input
            from keras.models import Sequential
            from keras.layers import Dense
            model = Sequential([Input(shape=(8,)), Dense(16), Dense(1)])
            model.compile(optimizer='adam', loss='mse')
            model.fit(np.random.rand(64, 8), np.random.rand(64, 1), epochs=100000, verbose=0)

            """)
        let started = Date()
        let result = try nlpnb(["run", path])
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("TimeoutError: the cell ran past its timeout (1s)"), result.stderr)
    }

    /// Generation checks for Ctrl-C and the cell's timeout once per token (and per layer), so
    /// a cell generating far too many tokens with the tiny T5 fixture (no position limit;
    /// `min_length` forbids the end token) stops about a second in, greedy and beam search.
    func testATimeoutStopsTransformersGeneration() throws {
        let fixture = repository.appendingPathComponent("Tests/PretrainedTests/Fixtures/tiny-t5")
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("tiny-t5"))
        for beams in [1, 4] {
            let path = try write("generate\(beams).nlpnb", """
                %% code timeout=1
                import torch
                from transformers import AutoModelForSeq2SeqLM
                model = AutoModelForSeq2SeqLM.from_pretrained('tiny-t5')
                model.generate(torch.tensor([[5, 6, 7]]), max_new_tokens=100000, min_length=100000, num_beams=\(beams))

                """)
            let started = Date()
            let result = try nlpnb(["run", path])
            let elapsed = Date().timeIntervalSince(started)
            XCTAssertLessThan(elapsed, 5, "num_beams=\(beams)")
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains("TimeoutError: the cell ran past its timeout (1s)"), result.stderr)
            XCTAssertTrue(result.stderr.contains("model.generate("), result.stderr)
        }
    }

    /// `IPython.display.Image` shows a PNG as an image cell with its side file, and the
    /// golden test compares the picture; a missing file fails as in IPython.
    func testIPythonImagesBecomeImageCellsBesideTheNotebook() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("not really a picture".utf8))
        try png.write(to: folder.appendingPathComponent("figure.png"))
        let path = try write("lesson.nlpnb", """
            %% code name=show
            from IPython.display import Image, display
            print('before')
            display(Image(filename='figure.png'))
            Image('figure.png')
            %% code name=missing
            Image(filename='figures/16_10.png')

            """)
        let run = try nlpnb(["run", path, "--inplace", "--keep-going"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("before\n[picture: 28 bytes of PNG]\n"), run.stdout)
        XCTAssertTrue(run.stderr.contains("FileNotFoundError: [Errno 2] No such file or directory: 'figures/16_10.png'"), run.stderr)
        let written = withoutTimes(try read(path))
        XCTAssertTrue(written.hasPrefix("""
            %% code name=show
            from IPython.display import Image, display
            print('before')
            display(Image(filename='figure.png'))
            Image('figure.png')
            %% output
            before
            %% image file=lesson_cell1.png
            %% image file=lesson_cell1_2.png
            %% code name=missing
            Image(filename='figures/16_10.png')
            %% error
            FileNotFoundError: [Errno 2] No such file or directory: 'figures/16_10.png'
            Traceback (most recent call last):
            """), written)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("lesson_cell1_2.png")), png)
        XCTAssertEqual(try nlpnb(["test", path]).status, 0)
        try Data("changed".utf8).write(to: folder.appendingPathComponent("lesson_cell1.png"))
        let changed = try nlpnb(["test", path])
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.stdout.contains("cell 1 (show): picture 1 differs from its golden lesson_cell1.png"), changed.stdout)

        // A copy written elsewhere takes along the pictures of the cells that did not run.
        let kept = try write("kept.nlpnb", "%% code skip\nshow()\n%% image file=figure.png\n%% code\nprint(1)\n")
        XCTAssertEqual(try nlpnb(["run", kept, "--output", "copies/kept.nlpnb"]).status, 0)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("copies/figure.png")), png)
    }

    func testCodeReadsOnlyBesideTheNotebookUnlessAllowed() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lesson"), withIntermediateDirectories: true)
        try write("lesson/data.txt", "beside\n")
        // A relative path is taken from the notebook's folder, as in Jupyter.
        let path = try write("lesson/nb.nlpnb", "%% code\nprint(open('data.txt').read(), end='')\n%% code\nprint(open('/etc/hostname').read() != '')\n")
        let confined = try nlpnb(["run", path])
        XCTAssertEqual(confined.status, 1)
        XCTAssertTrue(confined.stdout.contains("beside\n"), confined.stdout)
        XCTAssertTrue(confined.stderr.contains("PermissionError: [Errno 13] Permission denied: '/etc/hostname'"), confined.stderr)
        let allowed = try nlpnb(["run", path, "--allow-read", "/etc"])
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertTrue(allowed.stdout.hasSuffix("True\n"), allowed.stdout)
    }

    /// `from_pretrained` with a folder path reads files, so it obeys the same policy.
    func testModelFoldersOutsideTheNotebookNeedAllowRead() throws {
        let model = folder.appendingPathComponent("elsewhere/model")
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        try write("elsewhere/model/config.json", "{\"model_type\": \"bert\"}\n")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lesson"), withIntermediateDirectories: true)
        let path = try write("lesson/nb.nlpnb", "%% code\nfrom transformers import BertModel\nBertModel.from_pretrained('\(model.path)')\n")
        let confined = try nlpnb(["run", path])
        XCTAssertEqual(confined.status, 1)
        XCTAssertTrue(confined.stderr.contains("PermissionError: [Errno 13] Permission denied: '\(model.path)'"), confined.stderr)
        let allowed = try nlpnb(["run", path, "--allow-read", folder.appendingPathComponent("elsewhere").path])
        XCTAssertEqual(allowed.status, 1)
        XCTAssertTrue(allowed.stderr.contains("(found, but without model.safetensors)"), allowed.stderr)
    }

    func testATerminalSeesAProgressLineWhileACellIsSilent() throws {
        let path = try write("nb.nlpnb", "%% code name=quiet\ntotal = 0\nfor i in range(20000):\n    total += i\n%% code\nprint(total)\n")
        let session = try TerminalSession(arguments: ["run", path])
        session.expect("── cell 1 (quiet) ──")
        session.expect("[1/2] running cell 1 (quiet)…")
        session.expect("── cell 2 ──")
        session.expect("199990000")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    /// SIGKILL at several moments of `run --inplace`: the file is always either the old one
    /// or the completely updated one, never a mixture or a truncated file.
    func testKillingAnInplaceRunNeverLeavesAHalfWrittenNotebook() throws {
        let cells = (1...6).map { "%% code name=step\($0)\ntotal = 0\nfor i in range(60000):\n    total += i\nprint(\($0), total)\n" }
        let original = "%% nlpnb 1\n%% markdown\nslow cells\n" + cells.joined()
        let path = try write("slow.nlpnb", original)

        let started = Date()
        let reference = try nlpnb(["run", path, "--output", "reference.nlpnb"])
        XCTAssertEqual(reference.status, 0, reference.stderr)
        let duration = Date().timeIntervalSince(started)
        let updated = withoutTimes(try read(folder.appendingPathComponent("reference.nlpnb").path))
        XCTAssertNotEqual(updated, original)

        var sawOld = false, sawNew = false
        for fraction in [0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 1.1, 1.5] {
            try write("slow.nlpnb", original)
            let (process, _, _) = try start(["run", path, "--inplace"])
            usleep(useconds_t(duration * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try read(path)
            if now == original {
                sawOld = true
            } else {
                XCTAssertEqual(withoutTimes(now), updated, "killed at \(fraction) of the run")
                sawNew = true
            }
        }
        XCTAssertTrue(sawOld, "some kill should land before the write")
        _ = sawNew  // late kills usually find the new file; on a slow machine they may not.
    }

    // MARK: - test

    func testTheRepositoryNotebooksPass() throws {
        let result = try nlpnb(["test"] + quickNotebooks.map(\.path))
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertNotNil(last.range(of: #"^[1-9][0-9]* passed, 0 failed, [0-9]+ skipped$"#, options: .regularExpression), last)
        // Skipped cells are reported with their reason (spaCy, or a checkpoint not installed here).
        XCTAssertTrue(result.stdout.contains("(spacy-ner): skipped: needs spaCy"), result.stdout)
        // The transformer cells run where their checkpoint is installed; without one they say so.
        let environment = ProcessInfo.processInfo.environment
        let hub = environment["HF_HUB_CACHE"] ?? environment["HF_HOME"].map { $0 + "/hub" } ?? NSHomeDirectory() + "/.cache/huggingface/hub"
        if environment["NLPNB_MODELS"] == nil && !FileManager.default.fileExists(atPath: hub + "/models--gpt2") {
            XCTAssertTrue(result.stdout.contains("skipped: requires the model 'gpt2', which is not installed"), result.stdout)
        }
    }

    /// A final expression shows as Jupyter shows it (IPython's pretty printer): every case of
    /// Tests/Corpus/pretty (58 chosen cases, 120 seeded random nests), whose goldens the real
    /// IPython made (make_goldens.py there).
    func testFinalExpressionsDisplayAsIPythonPrettyPrintsThem() throws {
        let result = try nlpnb(["test", repository.appendingPathComponent("Tests/Corpus/pretty").path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("\n178 passed, 0 failed, 0 skipped\n"), result.stdout)
    }

    func testOneChangedGoldenCharacterFailsWithADiff() throws {
        let source = repository.appendingPathComponent("Notebooks/tutorial-python-basics.nlpnb")
        let text = try String(contentsOf: source, encoding: .utf8)
        XCTAssertTrue(text.contains("%% output\n5 attention\n"))
        let path = try write("tutorial.nlpnb", text.replacingOccurrences(of: "%% output\n5 attention\n", with: "%% output\n5 attentioN\n"))
        let result = try nlpnb(["test", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("\(path):7: cell 1 (values): output differs\n--- expected\n+++ actual\n@@ -1,2 +1,2 @@\n-5 attentioN\n+5 attention\n"),
                      result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("\n8 passed, 1 failed, 0 skipped\n"), result.stdout)

        let updated = try nlpnb(["test", path, "--update"])
        XCTAssertEqual(updated.status, 0, updated.stdout)
        XCTAssertEqual(withoutTimes(try read(path)), text)
    }

    /// The issue's own words: `nlpnb test Notebooks/` fails, with a readable diff, when one
    /// golden character of a seed notebook changes.
    func testTheNotebooksFolderFailsWhenOneGoldenCharacterChanges() throws {
        let copy = folder.appendingPathComponent("Notebooks")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: false)
        for notebook in try quickNotebooks {
            try FileManager.default.copyItem(at: notebook, to: copy.appendingPathComponent(notebook.lastPathComponent))
        }
        let seed = copy.appendingPathComponent("004-attention-from-scratch.nlpnb")
        let text = try read(seed.path)
        let golden = "Attention Weights: [0.25949646 0.03511903 0.70538451]\n"
        XCTAssertTrue(text.contains(golden))
        try write("Notebooks/004-attention-from-scratch.nlpnb",
                  text.replacingOccurrences(of: golden, with: "Attention Weights: [0.25949646 0.03511903 0.70538452]\n"))
        let result = try nlpnb(["test", copy.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("""
            \(seed.path):4: cell 1 (basic-attention): output differs in numbers
            --- expected
            +++ actual
            @@ -1,3 +1,3 @@
             Attention Scores: [ 1 -1  2]
            -Attention Weights: [0.25949646 0.03511903 0.70538452]
            +Attention Weights: [0.25949646 0.03511903 0.70538451]
             Attention Output: [-0.81867124]
            1 of 7 numbers differ; largest absolute difference 1e-08, largest relative difference 1.418e-08 (no tolerance set)
            """), result.stdout)
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertNotNil(last.range(of: #"^[1-9][0-9]* passed, 1 failed, [0-9]+ skipped$"#, options: .regularExpression), last)
    }

    func testParallelJobsAgreeWithASingleProcessAndWriteJUnit() throws {
        let notebooks = try quickNotebooks.map(\.path)
        let single = try nlpnb(["test"] + notebooks)
        let parallel = try nlpnb(["test", "-j", "2"] + notebooks + ["--junit", "results.xml"])
        XCTAssertEqual(parallel.status, single.status)
        XCTAssertEqual(parallel.stdout.split(separator: "\n").last, single.stdout.split(separator: "\n").last)
        let junit = try read(folder.appendingPathComponent("results.xml").path)
        XCTAssertTrue(junit.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"), junit)
        XCTAssertTrue(junit.contains("tutorial-python-basics.nlpnb"), junit)
    }

    func testAMissingOrBrokenNotebookIsReported() throws {
        let broken = try write("broken.nlpnb", "%% output\norphan\n")
        let result = try nlpnb(["test", broken, "-j", "2", try write("empty.nlpnb", "")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("broken.nlpnb:1:"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("0 passed, 1 failed, 0 skipped\n"), result.stdout)
        XCTAssertEqual(try nlpnb(["test", folder.appendingPathComponent("nowhere").path]).status, 2)
    }

    // MARK: - convert

    func testHandWrittenIpynbConvertsAndPassesTheRoundTripCheck() throws {
        let corpus = repository.appendingPathComponent("Tests/Corpus/notebooks/ipynb")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".ipynb") }
        XCTAssertGreaterThanOrEqual(files.count, 2)
        for file in files {
            let name = (file as NSString).deletingPathExtension
            let imported = try nlpnb(["convert", corpus.appendingPathComponent(file).path, "\(name).nlpnb", "--check"])
            XCTAssertEqual(imported.status, 0, file + ": " + imported.stderr)
            XCTAssertTrue(imported.stderr.contains("round trip check passed"), imported.stderr)
            let exported = try nlpnb(["convert", "\(name).nlpnb", "\(name)-again.ipynb", "--check"])
            XCTAssertEqual(exported.status, 0, file + ": " + exported.stderr)
            let back = try nlpnb(["convert", "\(name)-again.ipynb", "\(name)-again.nlpnb"])
            XCTAssertEqual(back.status, 0, back.stderr)
            XCTAssertEqual(try read(folder.appendingPathComponent("\(name)-again.nlpnb").path)
                .replacingOccurrences(of: "\(name)-again_cell", with: "\(name)_cell"),
                           try read(folder.appendingPathComponent("\(name).nlpnb").path))
        }
    }

    func testConvertWritesAMarkdownHandoutAndRefusesUnknownFormats() throws {
        let path = try write("nb.nlpnb", "%% markdown\n# Hi\n%% code\nprint(1)\n%% output\n1\n")
        XCTAssertEqual(try nlpnb(["convert", path, "handout.md"]).status, 0)
        XCTAssertEqual(try read(folder.appendingPathComponent("handout.md").path), "# Hi\n\n```python\nprint(1)\n```\n\n```\n1\n```\n")
        let unknown = try nlpnb(["convert", path, "out.txt"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("cannot tell the format of 'out.txt'"), unknown.stderr)
    }

    /// `keras.utils.array_to_img` shows through the same `_repr_png_` protocol as IPython's
    /// `Image`: a cell ending with one keeps its picture as an image cell and a PNG file.
    func testAKerasImageBecomesAnImageCell() throws {
        let path = try write("nb.nlpnb", "%% code\nimport keras\nimport numpy as np\nkeras.utils.array_to_img(np.zeros((4, 6, 1)))\n")
        let result = try nlpnb(["run", path, "--output", "out.nlpnb"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("[picture: "), result.stdout)
        XCTAssertTrue(withoutTimes(try read(folder.appendingPathComponent("out.nlpnb").path)).hasSuffix("%% image file=out_cell1.png\n"))
        let png = try Data(contentsOf: folder.appendingPathComponent("out_cell1.png"))
        XCTAssertEqual([UInt8](png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    func testPicturesTravelInsideIpynbAndBesideMarkdown() throws {
        let source = repository.appendingPathComponent("Tests/Corpus/notebooks/every-kind.nlpnb").path
        let ipynb = try nlpnb(["convert", source, "every.ipynb", "--check"])
        XCTAssertEqual(ipynb.status, 0, ipynb.stderr)
        XCTAssertTrue(try read(folder.appendingPathComponent("every.ipynb").path).contains("\"image/png\": \"iVBOR"))
        XCTAssertEqual(try nlpnb(["convert", source, "handout.md"]).status, 0)
        let picture = repository.appendingPathComponent("Tests/Corpus/notebooks/every-kind_cell2.png")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("every-kind_cell2.png")), try Data(contentsOf: picture))
        XCTAssertTrue(try read(folder.appendingPathComponent("handout.md").path).contains("![](every-kind_cell2.png)"))
    }

    // MARK: - %save

    func testSaveTurnsAReplSessionIntoAPassingNotebook() throws {
        let path = folder.appendingPathComponent("session.nlpnb").path
        let repl = try TerminalSession(environment: ["NLPNB_HISTORY": ""])
        repl.expect(">>> ")
        repl.send("words = ['a', 'bb', 'ccc']\r")
        repl.expect(">>> ")
        repl.send("print(len(words))\r")
        repl.expect("3")
        repl.send("[len(w) for w in words]\r")
        repl.expect("[1, 2, 3]")
        repl.send("words[7]\r")
        repl.expect("IndexError")
        repl.send("%save \(path)\r")
        repl.expect("saved 4 cells to \(path)")
        XCTAssertEqual(try read(path), """
            %% nlpnb 1
            %% code
            words = ['a', 'bb', 'ccc']
            %% code
            print(len(words))
            %% output
            3
            %% code
            [len(w) for w in words]
            %% output
            [1, 2, 3]
            %% code
            words[7]
            %% error
            IndexError: list index out of range

            """)
        let result = try nlpnb(["test", path])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("4 passed, 0 failed, 0 skipped\n"), result.stdout)
    }
}
