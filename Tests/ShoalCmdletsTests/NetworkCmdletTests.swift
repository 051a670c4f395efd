// Tests of Test-Connection: TCP probes against a listener of the test's own,
// names that do not resolve (the .invalid domain never does), -Quiet, the
// parameter checks, and ICMP echo to the loopback address where this
// machine lets the process send it.

import Glibc
import Testing
import ShoalTestSupport

/// A TCP socket bound to an ephemeral loopback port, listening or (to hold
/// a port that refuses connections, which no parallel test can take over)
/// not; closed when released.
final class LoopbackListener {
    let descriptor: Int32
    let port: Int

    init(listening: Bool = true) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        if listening { listen(descriptor, 16) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            getsockname(descriptor, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}

@Suite struct NetworkCmdletTests {
    @Test func tcpPortAnswersWhetherItConnects() {
        let listener = LoopbackListener()
        #expect(runScript("Test-Connection 127.0.0.1 -TcpPort \(listener.port)").lines == ["True"])
        let detailed = "Test-Connection localhost -TcpPort \(listener.port) -Detailed -Count 2 -Delay 1 | ForEach-Object { '{0} {1} {2} {3} {4}' -f $_.Id, $_.Target, $_.Port, $_.Connected, $_.Status }"
        #expect(runScript(detailed).lines == ["1 localhost \(listener.port) True Success", "2 localhost \(listener.port) True Success"])
        let refusing = LoopbackListener(listening: false)
        let closedPort = refusing.port
        #expect(runScript("Test-Connection 127.0.0.1 -TcpPort \(closedPort) -Quiet").lines == ["False"])
        let refused = runScript("(Test-Connection 127.0.0.1 -TcpPort \(closedPort) -Detailed).Status")
        #expect(refused.lines == ["ConnectionRefused"])
        withExtendedLifetime(refusing) {}
    }

    @Test func tcpPortStatusTableIsGroupedByTarget() {
        let listener = LoopbackListener()
        let result = runScript("Test-Connection 127.0.0.1 -TcpPort \(listener.port) -Detailed | Out-String -Width 120")
        let lines = result.lines
        #expect(lines.contains("   Target: 127.0.0.1"))
        #expect(lines.contains("  Id Source           Address                      Port Latency Connected  Status"))
        #expect(lines.contains("                                                           (ms)"))
        #expect(lines.contains { $0.hasPrefix("   1 ") && $0.contains("127.0.0.1") && $0.hasSuffix("True       Success") })
    }

    @Test func unresolvableNameIsFalseWhenQuietAndAnErrorOtherwise() {
        let quiet = runScript("Test-Connection nosuchhost.invalid -Count 1 -Quiet -TimeoutSeconds 3")
        #expect(quiet.lines == ["False"])
        #expect(quiet.errors.isEmpty)
        let loud = runScript("""
            Test-Connection nosuchhost.invalid -Count 1 -ErrorVariable failure -ErrorAction SilentlyContinue
            $failure[0].Exception.Message
            $failure[0].FullyQualifiedErrorId
            $failure[0].CategoryInfo.Category
            'after'
            """)
        #expect(loud.lines == ["Testing connection to computer 'nosuchhost.invalid' failed: Cannot resolve the target name.",
                               "TestConnectionException,Microsoft.PowerShell.Commands.TestConnectionCommand",
                               "ResourceUnavailable", "after"])
        let caught = runScript("try { Test-Connection nosuchhost.invalid -Count 1 -ErrorAction Stop } catch { $_.Exception.GetType().FullName }")
        #expect(caught.lines == ["System.Net.NetworkInformation.PingException"])
    }

    @Test func parametersAreChecked() {
        #expect(runScript("Test-Connection localhost -Count 0").errors.contains("Cannot validate argument on parameter 'Count'."))
        #expect(runScript("Test-Connection localhost -TcpPort 70000").errors.contains("Cannot validate argument on parameter 'TcpPort'."))
        #expect(runScript("Test-Connection localhost -TcpPort 80 -BufferSize 10").errors.contains("Parameter set cannot be resolved"))
        #expect(runScript("Test-Connection localhost -IPv4 -IPv6").errors.contains("Parameter set cannot be resolved"))
        #expect(runScript("Test-Connection").errors.contains("TargetName"))
    }

    @Test func pingsTheLoopbackAddress() {
        let probe = runScript("Test-Connection 127.0.0.1 -Count 1 -Quiet -TimeoutSeconds 2")
        // A machine that forbids ICMP sockets and has no ping program says so.
        guard probe.lines == ["True"] else {
            #expect(probe.errors.contains("ICMP") || probe.lines == ["False"])
            return
        }
        let result = runScript("""
            $replies = Test-Connection 127.0.0.1 -Count 2 -Delay 1
            $replies | ForEach-Object { '{0} {1} {2} {3}' -f $_.Ping, $_.Destination, $_.Address, $_.Status }
            $replies[0].Source.StartsWith([Environment]::MachineName)
            $replies | Out-String -Width 120
            """)
        let lines = result.lines
        #expect(Array(lines.prefix(3)) == ["1 127.0.0.1 127.0.0.1 Success", "2 127.0.0.1 127.0.0.1 Success", "True"])
        #expect(lines.contains("   Destination: 127.0.0.1"))
        #expect(lines.contains("Ping Source           Address                   Latency BufferSize Status"))
        #expect(lines.contains("                                                   (ms)        (B)"))
        #expect(lines.contains("---- ------           -------                   ------- ---------- ------"))
    }
}
