/// One element of a wildcard pattern: something to match, or `...` (any run, possibly empty).
enum GlobItem<Element> {
    case element(Element)
    case wildcard
}

/// Whether `pattern` matches the whole of `subject`, where each `.element` must match one
/// subject element according to `matches` and each `.wildcard` absorbs any run of them.
///
/// The two-pointer algorithm with backtracking to the latest wildcard: when an element fails,
/// the latest wildcard takes one more subject element and matching resumes after it. Earlier
/// wildcards never need revisiting, because the latest one can absorb whatever they would
/// have. Time is O(pattern x subject) at worst and about linear in practice.
func globMatch<P, S>(_ pattern: [GlobItem<P>], _ subject: [S], matches: (P, S) -> Bool) -> Bool {
    var p = 0, s = 0
    var lastWildcard: Int?
    var resumeAt = 0
    while s < subject.count {
        if p < pattern.count, case .wildcard = pattern[p] {
            lastWildcard = p
            resumeAt = s
            p += 1
        } else if p < pattern.count, case .element(let expected) = pattern[p], matches(expected, subject[s]) {
            p += 1
            s += 1
        } else if let wildcard = lastWildcard {
            resumeAt += 1
            s = resumeAt
            p = wildcard + 1
        } else {
            return false
        }
    }
    while p < pattern.count, case .wildcard = pattern[p] { p += 1 }
    return p == pattern.count
}
