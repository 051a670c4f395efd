// The hook through which Copy-Item reaches a PSSession (-ToSession,
// -FromSession): the jobs module, which owns remoting, puts its copier on
// every runspace it attaches; the file cmdlets know only this protocol.

/// Why a copy could not start at all (the value is no PSSession); the
/// cmdlet reports it with its own name and position.
public struct SessionCopyRefused: Error {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Copies files and directories to or from a PSSession.
public protocol SessionCopier: AnyObject {
    /// Copies each local source into `destination` on the session's side
    /// (`toSession`) or each of the session's sources to a local
    /// `destination`; returns one error text per source that failed.
    func copy(_ sources: [String], to destination: String, session: Value, toSession: Bool, recurse: Bool,
              runspace: Runspace) throws -> [String]
}

private final class SessionCopierSlot {
    let copier: SessionCopier
    init(_ copier: SessionCopier) { self.copier = copier }
}

extension Runspace {
    /// Who copies to and from PSSessions; nil without remoting.
    public var sessionCopier: SessionCopier? {
        get { (extensions[ObjectIdentifier(SessionCopierSlot.self)] as? SessionCopierSlot)?.copier }
        set { extensions[ObjectIdentifier(SessionCopierSlot.self)] = newValue.map(SessionCopierSlot.init) }
    }
}
