// The about_ topics Get-Help shows: shoal's own short pages on the language
// (what each statement does here, with an example), not copies of pwsh's.

import ShoalRuntime

enum AboutTopics {
    /// Topic name to its synopsis and text.
    static let topics: [(name: String, synopsis: String, text: String)] = [
        ("about_Trap", "A block's handler for terminating errors.", """
            trap [TypeName] { statements }

            A trap statement may stand anywhere in a script, function or script
            block and covers the whole block. When a terminating error leaves one
            of the block's statements, the trap of the error's exact type runs,
            else the trap of a base type, else an untyped trap; $_ is the error.
            After the trap body:
              continue   the error is silenced; the next statement runs
              break      the error goes on to the caller
              return     the function returns (with the trap's output)
              otherwise  $ErrorActionPreference decides: the error is written
                         and the next statement runs (Stop: it goes on up)
            An error inside a nested block (if, foreach) leaves the whole
            statement: execution goes on after it.

            Example:
                function Get-Size {
                    trap [System.IO.IOException] { "unreadable: $_"; continue }
                    Get-Content $args[0] -ErrorAction Stop | Measure-Object
                }
            """),
        ("about_Classes", "Classes defined in PowerShell.", """
            class Name [: BaseClass] {
                [type] $Property = default          # typed; hidden and static allowed
                Name([type] $a) : base($a) { }      # constructors, chosen by argument count
                [type] Method([type] $x) { return $x }  # only return gives a value
                static [type] Helper() { return 1 }
            }

            [Name]::new(...), [Name]@{ Property = value } and casts make
            instances; $this is the instance in methods; -is tests the class
            and its bases; a class may be a parameter's or a variable's type.
            A script's classes are defined before its first statement runs.
            A class derives only from another PowerShell class; .NET base
            classes, interfaces and attributes on the class are errors. A
            thread job or -Parallel iteration given an instance gets a copy of
            its properties.
            """),
        ("about_Enum", "Enumerations defined in PowerShell.", """
            [Flags()] enum Name { First = 1; Second = 2; Third }

            Members without a value take the previous value plus one. Use
            [Name]::First, [Name]'First', [Name]'First,Second' (flags), -band,
            -bor, [int][Name]::Third and [enum]::GetNames([Name]).
            """),
        ("about_Functions_CmdletBindingAttribute", "Advanced functions: $PSCmdlet, -WhatIf and -Confirm.", """
            function Remove-Thing {
                [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
                param([Parameter(Mandatory)] [ValidateNotNullOrEmpty()] [string] $Name)
                if ($PSCmdlet.ShouldProcess($Name, 'Remove thing')) { ... }
            }

            An advanced function takes the common parameters (-ErrorAction,
            -Verbose, ...) and, with SupportsShouldProcess, -WhatIf and
            -Confirm. $PSCmdlet.WriteObject, WriteError, ThrowTerminatingError,
            ShouldProcess, ShouldContinue and ParameterSetName work as in pwsh.
            $WhatIfPreference and $ConfirmPreference ('High' by default) apply
            when the switches are not given. $PSDefaultParameterValues gives
            unbound parameters values ('Remove-Thing:Name' = 'x').
            """),
        ("about_Using", "using namespace and using module.", """
            using namespace System.Text     # [StringBuilder] means [System.Text.StringBuilder]
            using module ./Tools.psm1        # imports the module, as Import-Module would

            using statements belong at the top of a script. using assembly is
            accepted and changes nothing: shoal loads no .NET assemblies.
            """),
        ("about_Preference_Variables", "The variables that decide what commands do with errors and messages.", """
            $ErrorActionPreference   Continue           a non-terminating error
            $WarningPreference       Continue           Write-Warning
            $VerbosePreference       SilentlyContinue   Write-Verbose
            $DebugPreference         SilentlyContinue   Write-Debug
            $InformationPreference   SilentlyContinue   Write-Information
            $ProgressPreference      Continue           Write-Progress

            Each holds a [System.Management.Automation.ActionPreference]:
              Continue          show it and go on
              SilentlyContinue  hide it and go on (an error is still in $Error)
              Stop              make it a terminating error
              Ignore            forget it entirely
              Inquire           ask
            A string assigned converts ('stop' is Stop). Suspend is reserved, as
            in pwsh: the variable refuses it, and a command that finds it in a
            variable made some other way resets the variable and fails.
            A command's -ErrorAction, -WarningAction, -InformationAction and
            -ProgressAction (or -Verbose, -Debug) override the variable for that
            command; an unambiguous prefix will do (-ErrorAction Ig).

            Example:
                $ErrorActionPreference = 'Stop'
                try { Get-Item ./missing } catch { "not there: $_" }
            """),
        ("about_Data_Sections", "DATA sections.", """
            DATA [name] [-SupportedCommand Cmd1, Cmd2] { statements }

            Without a name, a DATA section's output is the statement's value;
            with one, it is assigned to the variable of that name:
                DATA messages { ConvertFrom-StringData 'greeting = hello' }
                $messages.greeting
            """),
    ]

    /// The topics a name (wildcards allowed) matches.
    static func matching(_ name: String) -> [(name: String, synopsis: String, text: String)] {
        let pattern = Wildcard(name)
        return topics.filter { pattern.matches($0.name) }
    }
}
