/// Playback speed: virtual seconds per real second.
public struct Speed: Sendable, Equatable {
    public static let steps: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16]
    public private(set) var index = 2

    public init() {}

    public var factor: Double { Speed.steps[index] }

    public mutating func faster() { index = min(index + 1, Speed.steps.count - 1) }
    public mutating func slower() { index = max(index - 1, 0) }

    /// `1×`, `0.25×`, `16×`.
    public var label: String {
        let f = factor
        return f == f.rounded() ? "\(Int(f))×" : "\(f)×"
    }
}
