# Select-String -Culture (with -SimpleMatch): Turkish cultures fold case as Turkish does.
foreach ($case in @(
    @('file', 'tr-TR', $false), @('fIle', 'tr-TR', $false), @('fIle', 'tr-TR', $true), @("f`u{0130}le", 'tr-TR', $false),
    @('fIle', 'en-US', $false), @('fIle', 'en-US', $true), @('fIle', 'Ordinal', $false), @('fIle', 'Invariant', $true))) {
    "$($case -join ' ') -> [$('file' | Select-String -Pattern $case[0] -Culture $case[1] -SimpleMatch -CaseSensitive:$case[2])]"
}
try { '1' | Select-String -Pattern 'hello' -Culture 'ru-RU' } catch { $_.FullyQualifiedErrorId }
