// The policy parameters the Start-* cmdlets and ForEach-Object -Parallel
// share, declared once and read once. All are shoal's additions to
// PowerShell's cmdlets: abbreviations keep meaning PowerShell's parameters.

import ShoalRuntime

enum JobPolicyParameters {
    /// -TimeoutSeconds (a per-attempt limit; ForEach-Object -Parallel has its own, for the whole command).
    static let timeout = ParameterDescriptor("TimeoutSeconds", type: "int",
                                             help: "Stops an attempt of the job that runs longer than this many seconds (shoal addition).").addedByShoal()
    /// -ThrottleGroup: the named group (Set-JobThrottle) whose limit the job queues under.
    static let throttleGroup = ParameterDescriptor("ThrottleGroup", type: "string",
                                                   help: "Queues the job under this Set-JobThrottle group's limit (shoal addition).").addedByShoal()
    /// -JobLog: the file a line is appended to per finished job or iteration.
    static let jobLog = ParameterDescriptor("JobLog", type: "string",
                                            help: "Appends a line to this file for each finished job or iteration (shoal addition).").addedByShoal()
    /// -RetryCount and -RetryDelaySeconds.
    static let retries = [ParameterDescriptor("RetryCount", type: "int", help: "Runs a failed job again up to this many times (shoal addition).").addedByShoal(),
                          ParameterDescriptor("RetryDelaySeconds", type: "double",
                                              help: "Waits this many seconds before each retry (shoal addition).").addedByShoal()]

    /// The policy the parameters ask for. `timeout` is false where
    /// -TimeoutSeconds means something else (ForEach-Object -Parallel).
    static func read(_ context: CmdletContext, timeout: Bool = true) throws -> JobPolicy {
        var policy = JobPolicy()
        if timeout, let seconds = try context.integer("TimeoutSeconds", minimum: 0), seconds > 0 {
            policy.timeoutSeconds = seconds
        }
        policy.retryCount = try context.integer("RetryCount", minimum: 0) ?? 0
        if context.has("ThrottleGroup") {
            guard let group = context.string("ThrottleGroup"), !group.trimmingCharacters().isEmpty else {
                throw context.terminatingError(
                    "Cannot validate argument on parameter 'ThrottleGroup'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                    id: "ParameterArgumentValidationError", category: .invalidData,
                    exceptionType: "System.Management.Automation.ParameterBindingException")
            }
            policy.throttleGroup = group
        }
        if let value = context.value("RetryDelaySeconds") {
            guard case .double(let seconds) = try TypeConversion.convert(value, to: "double", at: context.span),
                  seconds >= 0, seconds.isFinite else {
                throw context.terminatingError(
                    "Cannot validate argument on parameter 'RetryDelaySeconds'. The argument \(Conversion.toString(value)) is not a number of seconds greater than or equal to 0. Supply one and then try the command again.",
                    id: "ParameterArgumentValidationError", category: .invalidData,
                    exceptionType: "System.Management.Automation.ParameterBindingException")
            }
            policy.retryDelaySeconds = seconds
        }
        if let path = context.string("JobLog") {
            do {
                policy.log = try JobsModule.table(of: context).jobLog(at: context.runspace.resolvePath(path))
            } catch let error as JobLogError {
                throw context.terminatingError(error.message, id: "JobLogCannotOpen", category: .openError,
                                               exceptionType: "System.IO.IOException", target: .string(path))
            }
        }
        return policy
    }
}
