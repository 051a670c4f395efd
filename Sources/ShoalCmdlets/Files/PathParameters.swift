// Parameter declarations most file cmdlets share, and reading an integer
// parameter, so each cmdlet file declares only what is its own.

import ShoalRuntime

enum PathParameters {
    /// `-Path` (wildcards, position 0, from the pipeline) and `-LiteralPath`
    /// (alias PSPath, so piped file items bind by their PSPath property).
    static let pathAndLiteralPath: [ParameterDescriptor] = [
        ParameterDescriptor("Path", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                            help: "The items' paths; wildcards are allowed."),
        ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                            help: "The items' paths, taken as written (no wildcards)."),
    ]

    /// `-Filter`, `-Include` and `-Exclude`, as NameFilter reads them.
    static let nameFilters: [ParameterDescriptor] = [
        ParameterDescriptor("Filter", type: "string", help: "Keeps only the items whose names match this wildcard pattern, such as *.log."),
        ParameterDescriptor("Include", type: "string[]", help: "Keeps only the items whose names match one of these wildcard patterns."),
        ParameterDescriptor("Exclude", type: "string[]", help: "Leaves out the items whose names match one of these wildcard patterns."),
    ]
}

extension CmdletContext {
    /// A bound whole-number parameter, or nil when absent.
    func integer(_ name: String) -> Int? {
        guard let value = value(name).flatMap(Conversion.toNumber) else { return nil }
        switch value {
        case .int(let n): return n
        case .double(let d): return Int(d)
        default: return nil
        }
    }
}
