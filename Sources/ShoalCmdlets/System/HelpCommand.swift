// help: Get-Help one page at a time, as pwsh's `help` function. At a
// terminal the page goes through $env:PAGER (else `less`, else printed
// whole); piped or redirected, the help objects are written as Get-Help
// writes them, so `help Get-Job | Select-String Wait` works.

import Glibc
import ShoalRuntime

final class HelpCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "help", synopsis: "Displays help about commands one page at a time.",
        parameters: GetHelpCommand.descriptor.parameters,
        parameterSets: GetHelpCommand.descriptor.parameterSets, defaultParameterSet: GetHelpCommand.descriptor.defaultParameterSet,
        description: "Runs Get-Help with the same parameters. When the output is the terminal, the text is shown through the pager named by $env:PAGER, or less; elsewhere the help objects are written as Get-Help writes them.",
        examples: [
            HelpExample("One parameter's help",
                        code: "help Sort-Object -Parameter Top | Out-String -Stream | Select-Object -First 2",
                        output: "    -Top <int>\n        Writes only the first N objects of the sorted order.\n",
                        remarks: "At a terminal, help shows its text through the pager $env:PAGER names, or less; piped or captured, as here, it writes what Get-Help writes."),
            HelpExample("Find commands by name",
                        code: "help *-Variable | ForEach-Object Name",
                        output: "Clear-Variable\nGet-Variable\nNew-Variable\nRemove-Variable\nSet-Variable\n",
                        remarks: "A wildcard that matches several commands gives their names and synopses; one that matches a single command gives its page."),
            HelpExample("Just the examples",
                        code: "help Get-Uptime -Examples | Out-String -Stream | Select-Object -First 12",
                        output: "\nNAME\n    Get-Uptime\n\nSYNOPSIS\n    Get the TimeSpan since last boot.\n\n    --------------- Example 1: Has the system been up ---------------\n\n    PS > (Get-Uptime).TotalSeconds -gt 0\n\n    True\n"),
        ])

    func process(_ context: CmdletContext) throws {
        var values: [Value] = []
        try GetHelpCommand().produce(context) { values.append($0) }
        guard isatty(1) == 1, (context.output as? DirectTerminalSink)?.allowsDirectWrites == true,
              let pager = HelpCommand.pager() else {
            for value in values { try context.write(value) }
            return
        }
        let text = OutputFormatter.format(values, options: FormatOptions.forText(width: FormatOptions.defaultWidth(),
                                                                                  style: context.runspace.style),
                                          runspace: context.runspace)
        guard let stream = popen(pager, "w") else {
            for value in values { try context.write(value) }
            return
        }
        _ = text.withCString { fputs($0, stream) }
        pclose(stream)
    }

    /// The pager command: $PAGER, else `less` when it is installed.
    static func pager() -> String? {
        if let pager = ProcessEnvironment.get("PAGER"), !pager.trimmingCharacters().isEmpty { return pager }
        for directory in (ProcessEnvironment.get("PATH") ?? "/usr/bin:/bin").split(separator: ":")
        where access("\(directory)/less", X_OK) == 0 {
            // -F: a page that fits the screen prints and returns, as `more` would.
            return "less -FRX"
        }
        return nil
    }
}
