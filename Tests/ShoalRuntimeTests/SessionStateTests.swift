// $ExecutionContext.SessionState.PSVariable (variables by computed name)
// and $MyInvocation.MyCommand (name, definition, script block).

import Testing
import ShoalTestSupport

@Suite struct SessionStateTests {
    @Test func psVariableGetsSetsAndRemovesVariablesByName() {
        let result = runScript("""
            $x = 5
            $ExecutionContext.SessionState.PSVariable.Get('x').Value
            $ExecutionContext.SessionState.PSVariable.GetValue('x')
            $ExecutionContext.SessionState.PSVariable.GetValue('nope', 'fallback')
            $ExecutionContext.SessionState.PSVariable.Set('y', 7); $y
            function f { $inner = 1; $ExecutionContext.SessionState.PSVariable.Get('inner').Value; $ExecutionContext.SessionState.PSVariable.GetValue('x') }
            f
            $null -eq $ExecutionContext.SessionState.PSVariable.Get('nope')
            $ExecutionContext.SessionState.PSVariable.Get('true').Value
            $ExecutionContext.SessionState.PSVariable.Remove('y'); $null -eq $y
            $ExecutionContext.SessionState.PSVariable.Get('x').GetType().FullName
            """)
        #expect(result.lines == ["5", "5", "fallback", "7", "1", "5", "True", "True", "True", "System.Management.Automation.PSVariable"],
                "\(result.errors)")
    }

    @Test func myCommandHasTheScriptBlockAndAFunctionsDefinition() {
        let result = runScript("""
            function Get-Body { $MyInvocation.MyCommand.Name; $MyInvocation.MyCommand.ScriptBlock.ToString().Trim() }
            Get-Body
            """)
        #expect(result.lines == ["Get-Body", "$MyInvocation.MyCommand.Name; $MyInvocation.MyCommand.ScriptBlock.ToString().Trim()"],
                "\(result.errors)")
    }
}
