// swift-tools-version:6.0
// nlpnb: a Python-flavoured language for teaching NLP and deep learning, with its own
// Swift engine. The module map is ARCHITECTURE.md; dependencies point one way:
// TensorCore <- (NeuralNet, TextProcessing, Pretrained) <- Bindings -> Script;
// Notebook -> (Script, JSONText); TextProcessing, Pretrained -> JSONText; nlpnb -> everything.
import PackageDescription

let package = Package(
    name: "nlpnb",
    products: [
        .executable(name: "nlpnb", targets: ["nlpnb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // The language: lexer, parser, AST, evaluator, values, errors. Knows nothing of the engine.
        .target(
            name: "Script",
            dependencies: [
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            // The interpreter's state lives in classes; the run-time exclusivity checks on every
            // access cost more than a tenth of the time of a tight loop (Benchmarks/lang).
            // Script code runs on one thread at a time (generator bodies hand over through
            // semaphores), so its reference counting need not be atomic: a fifth of the time
            // of calls and dict updates on a loaded machine (Benchmarks/results/lang.md).
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"])]
        ),
        // The numeric engine: Tensor, kernels, BLAS, numpy-exact printing and RandomState.
        .target(name: "TensorCore", dependencies: ["CVectorMath"]),
        // TensorCore's vector math kernels (exp, log, tanh, sqrt) and NeuralNet's training
        // kernels (LSTM steps and their recurrent product, Adam) in C, compiled once per
        // x86-64 instruction-set level and picked for the CPU at load time.
        .target(name: "CVectorMath"),
        // Autodiff and Keras-compatible layers, models, training and summaries.
        .target(name: "NeuralNet", dependencies: ["TensorCore", "CVectorMath"]),
        // Hugging Face models from their real files: model store, safetensors, config.json,
        // GPT-2 / BERT / DistilBERT forward passes, generation.
        .target(name: "Pretrained", dependencies: ["TensorCore", "JSONText"]),
        // JSON: one value type, an exact parser (numbers kept as written) and Python's json.dumps writer.
        .target(name: "JSONText"),
        // Keras text preprocessing and Hugging Face tokenizers from their real files.
        .target(name: "TextProcessing", dependencies: ["JSONText"]),
        // The engine as script modules (numpy, ...).
        // Single-threaded reference counting here too, for Script's sake: the copy and destroy
        // helpers of Script's `Value` are emitted in every module that copies one, and the
        // linker keeps the first it meets, Bindings' (objects link in module-name order).
        // Compiled atomic here, they made every Value copy in the interpreter atomic.
        // Bindings code runs on the interpreter's thread only (the engine's parallel kernels
        // are engine code, joined before they return).
        .target(
            name: "Bindings",
            dependencies: ["Script", "TensorCore", "NeuralNet", "Pretrained", "TextProcessing", "JSONText"],
            swiftSettings: [.unsafeFlags(["-Xfrontend", "-assume-single-threaded"])]
        ),
        // .nlpnb notebooks: format, runner, golden comparison, conversion.
        .target(name: "Notebook", dependencies: ["Script", "JSONText"]),
        // GNU readline, from Debian's libreadline-dev.
        .systemLibrary(name: "CReadline", pkgConfig: "readline", providers: [.apt(["libreadline-dev"])]),
        .executableTarget(
            name: "nlpnb",
            dependencies: [
                "Script", "Bindings", "Notebook", "Pretrained", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ScriptTests", dependencies: ["Script"]),
        .testTarget(name: "TensorCoreTests", dependencies: ["TensorCore"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet"], exclude: ["Goldens"]),
        .testTarget(name: "PretrainedTests", dependencies: ["Pretrained"], exclude: ["Fixtures"]),
        .testTarget(name: "BindingsTests", dependencies: ["Bindings", "Script"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Script", "JSONText"]),
        .testTarget(name: "JSONTextTests", dependencies: ["JSONText"]),
        .testTarget(name: "TextProcessingTests", dependencies: ["TextProcessing", "JSONText"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: []),
    ],
    swiftLanguageModes: [.v5]
)
