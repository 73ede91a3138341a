/// The inputs behind the paths a user gave, in reading order, listed but not yet read.
public struct LoadPlan: Sendable {
    /// One input named on the command line or found in a folder.
    public enum Input: Sendable, Equatable {
        case standardInput
        case missing(String)
        case file(String, folderOutlet: String?)
    }

    public var inputs: [Input]

    public init(inputs: [Input]) { self.inputs = inputs }

    /// How many inputs there are to read.
    public var count: Int { inputs.count }
}
