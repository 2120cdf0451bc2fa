import Foundation

/// OpenBLAS (or any CBLAS), loaded at run time with `dlopen`, so building never needs BLAS
/// headers and the engine still works, more slowly, on machines without it.
/// Set `NLPNB_NO_BLAS=1` in the environment, or `BLAS.isEnabled = false`, to use the
/// portable Swift kernels instead (the tests compare both).
public enum BLAS {
    // CBLAS enum values from cblas.h.
    static let rowMajor: Int32 = 101, noTrans: Int32 = 111, trans: Int32 = 112, upper: Int32 = 121

    typealias SGemm = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Float,
                                      UnsafePointer<Float>?, Int32, UnsafePointer<Float>?, Int32,
                                      Float, UnsafeMutablePointer<Float>?, Int32) -> Void
    typealias DGemm = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Double,
                                      UnsafePointer<Double>?, Int32, UnsafePointer<Double>?, Int32,
                                      Double, UnsafeMutablePointer<Double>?, Int32) -> Void
    typealias SGemv = @convention(c) (Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
                                      UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32) -> Void
    typealias DGemv = @convention(c) (Int32, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
                                      UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32) -> Void
    typealias SSyrk = @convention(c) (Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
                                      Float, UnsafeMutablePointer<Float>?, Int32) -> Void
    typealias DSyrk = @convention(c) (Int32, Int32, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
                                      Double, UnsafeMutablePointer<Double>?, Int32) -> Void
    typealias SDot = @convention(c) (Int32, UnsafePointer<Float>?, Int32, UnsafePointer<Float>?, Int32) -> Float
    typealias DDot = @convention(c) (Int32, UnsafePointer<Double>?, Int32, UnsafePointer<Double>?, Int32) -> Double

    struct Functions {
        let sgemm: SGemm, dgemm: DGemm
        let sgemv: SGemv, dgemv: DGemv
        let sdot: SDot, ddot: DDot
        let ssyrk: SSyrk, dsyrk: DSyrk
    }

    /// The library's name, or nil when none of the candidates could be loaded.
    public static var libraryName: String? { loaded?.name }

    /// Whether matmul and dot use BLAS. Defaults to true unless `NLPNB_NO_BLAS=1`.
    nonisolated(unsafe) public static var isEnabled = ProcessInfo.processInfo.environment["NLPNB_NO_BLAS"] != "1"

    /// The functions to call, or nil for the Swift fallback.
    static var functions: Functions? { isEnabled ? loaded?.functions : nil }

    private static let loaded: (name: String, functions: Functions)? = {
        chooseOpenBLASKernels()
        for name in ["libopenblas.so.0", "libopenblas.so", "libblas.so.3"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            func symbol<F>(_ symbolName: String, as: F.Type) -> F? {
                dlsym(handle, symbolName).map { unsafeBitCast($0, to: F.self) }
            }
            guard let sgemm = symbol("cblas_sgemm", as: SGemm.self),
                  let dgemm = symbol("cblas_dgemm", as: DGemm.self),
                  let sgemv = symbol("cblas_sgemv", as: SGemv.self),
                  let dgemv = symbol("cblas_dgemv", as: DGemv.self),
                  let sdot = symbol("cblas_sdot", as: SDot.self),
                  let ddot = symbol("cblas_ddot", as: DDot.self),
                  let ssyrk = symbol("cblas_ssyrk", as: SSyrk.self),
                  let dsyrk = symbol("cblas_dsyrk", as: DSyrk.self) else {
                dlclose(handle)
                continue
            }
            typealias SetThreads = @convention(c) (Int32) -> Void
            symbol("openblas_set_num_threads", as: SetThreads.self)?(Int32(ProcessInfo.processInfo.activeProcessorCount))
            return (name, Functions(sgemm: sgemm, dgemm: dgemm, sgemv: sgemv, dgemv: dgemv, sdot: sdot, ddot: ddot,
                                     ssyrk: ssyrk, dsyrk: dsyrk))
        }
        return nil
    }()

    /// OpenBLAS releases before 0.3.22 (Debian 12 ships 0.3.21) do not know AMD's Zen 4 and
    /// run their AVX2 (Haswell) kernels on it, at about half the speed of their AVX-512
    /// (SkylakeX) ones, which Zen 4 executes and which numpy's newer OpenBLAS picks. So on an
    /// AMD CPU with the AVX-512 subsets those kernels use, ask for them (`OPENBLAS_CORETYPE`,
    /// read when the library loads), unless the user already chose.
    private static func chooseOpenBLASKernels() {
        guard getenv("OPENBLAS_CORETYPE") == nil,
              // /proc files report no size, so read to the end rather than by length.
              let data = FileHandle(forReadingAtPath: "/proc/cpuinfo")?.readDataToEndOfFile(),
              let cpu = String(data: data, encoding: .utf8),
              cpu.contains("AuthenticAMD"),
              let flagLine = cpu.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return }
        let flags = Set(flagLine.split(separator: " "))
        if ["avx512f", "avx512dq", "avx512bw", "avx512vl"].allSatisfy({ flags.contains(Substring($0)) }) {
            setenv("OPENBLAS_CORETYPE", "SkylakeX", 0)
        }
    }
}

/// Float types BLAS has routines for. Dimensions are row-major, as numpy passes them.
protocol BLASScalar: FloatScalar {
    /// C = op(A) · op(B), or C += op(A) · op(B) when `accumulating`, with C of size m×n and
    /// inner dimension k.
    static func gemm(_ f: BLAS.Functions, transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     _ a: UnsafePointer<Self>, lda: Int, _ b: UnsafePointer<Self>, ldb: Int,
                     _ c: UnsafeMutablePointer<Self>, ldc: Int, accumulating: Bool)
    /// y = op(A) · x, where A is stored as `rows`×`cols`.
    static func gemv(_ f: BLAS.Functions, trans: Bool, rows: Int, cols: Int, _ a: UnsafePointer<Self>, lda: Int,
                     _ x: UnsafePointer<Self>, incx: Int, _ y: UnsafeMutablePointer<Self>, incy: Int)
    static func dot(_ f: BLAS.Functions, n: Int, _ x: UnsafePointer<Self>, incx: Int,
                    _ y: UnsafePointer<Self>, incy: Int) -> Self
    /// The upper triangle of C = op(A) · op(A)ᵀ, C being n×n and the inner dimension k.
    static func syrk(_ f: BLAS.Functions, trans: Bool, n: Int, k: Int, _ a: UnsafePointer<Self>, lda: Int,
                     _ c: UnsafeMutablePointer<Self>, ldc: Int)
}

extension BLASScalar {
    /// C = op(A) · op(B).
    static func gemm(_ f: BLAS.Functions, transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     _ a: UnsafePointer<Self>, lda: Int, _ b: UnsafePointer<Self>, ldb: Int,
                     _ c: UnsafeMutablePointer<Self>, ldc: Int) {
        gemm(f, transA: transA, transB: transB, m: m, n: n, k: k, a, lda: lda, b, ldb: ldb, c, ldc: ldc, accumulating: false)
    }
}

extension Float: BLASScalar {
    static func syrk(_ f: BLAS.Functions, trans: Bool, n: Int, k: Int, _ a: UnsafePointer<Float>, lda: Int,
                     _ c: UnsafeMutablePointer<Float>, ldc: Int) {
        f.ssyrk(BLAS.rowMajor, BLAS.upper, trans ? BLAS.trans : BLAS.noTrans, Int32(n), Int32(k), 1, a, Int32(lda), 0, c, Int32(ldc))
    }
    static func gemm(_ f: BLAS.Functions, transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
                     _ c: UnsafeMutablePointer<Float>, ldc: Int, accumulating: Bool) {
        f.sgemm(BLAS.rowMajor, transA ? BLAS.trans : BLAS.noTrans, transB ? BLAS.trans : BLAS.noTrans,
                Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), accumulating ? 1 : 0, c, Int32(ldc))
    }
    static func gemv(_ f: BLAS.Functions, trans: Bool, rows: Int, cols: Int, _ a: UnsafePointer<Float>, lda: Int,
                     _ x: UnsafePointer<Float>, incx: Int, _ y: UnsafeMutablePointer<Float>, incy: Int) {
        f.sgemv(BLAS.rowMajor, trans ? BLAS.trans : BLAS.noTrans, Int32(rows), Int32(cols), 1, a, Int32(lda),
                x, Int32(incx), 0, y, Int32(incy))
    }
    static func dot(_ f: BLAS.Functions, n: Int, _ x: UnsafePointer<Float>, incx: Int,
                    _ y: UnsafePointer<Float>, incy: Int) -> Float {
        f.sdot(Int32(n), x, Int32(incx), y, Int32(incy))
    }
}

extension Double: BLASScalar {
    static func syrk(_ f: BLAS.Functions, trans: Bool, n: Int, k: Int, _ a: UnsafePointer<Double>, lda: Int,
                     _ c: UnsafeMutablePointer<Double>, ldc: Int) {
        f.dsyrk(BLAS.rowMajor, BLAS.upper, trans ? BLAS.trans : BLAS.noTrans, Int32(n), Int32(k), 1, a, Int32(lda), 0, c, Int32(ldc))
    }
    static func gemm(_ f: BLAS.Functions, transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     _ a: UnsafePointer<Double>, lda: Int, _ b: UnsafePointer<Double>, ldb: Int,
                     _ c: UnsafeMutablePointer<Double>, ldc: Int, accumulating: Bool) {
        f.dgemm(BLAS.rowMajor, transA ? BLAS.trans : BLAS.noTrans, transB ? BLAS.trans : BLAS.noTrans,
                Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), accumulating ? 1 : 0, c, Int32(ldc))
    }
    static func gemv(_ f: BLAS.Functions, trans: Bool, rows: Int, cols: Int, _ a: UnsafePointer<Double>, lda: Int,
                     _ x: UnsafePointer<Double>, incx: Int, _ y: UnsafeMutablePointer<Double>, incy: Int) {
        f.dgemv(BLAS.rowMajor, trans ? BLAS.trans : BLAS.noTrans, Int32(rows), Int32(cols), 1, a, Int32(lda),
                x, Int32(incx), 0, y, Int32(incy))
    }
    static func dot(_ f: BLAS.Functions, n: Int, _ x: UnsafePointer<Double>, incx: Int,
                    _ y: UnsafePointer<Double>, incy: Int) -> Double {
        f.ddot(Int32(n), x, Int32(incx), y, Int32(incy))
    }
}
