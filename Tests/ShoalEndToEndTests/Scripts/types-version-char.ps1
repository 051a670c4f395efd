# [version] compares part by part, as .NET's System.Version; [char] ranges
# are characters.
[version]'1.2.3' -gt [version]'1.10'
[version]'1.10' -gt '1.9'
$PSVersionTable.PSVersion -ge [version]'7.0'
([version]'1.2.3').Build
([version]'1.2').Build
[version]::new(2, 0, 1)
[version]::Parse('3.1') -eq '3.1'
@([version]'1.10', [version]'1.2', [version]'1.9.1') | Sort-Object | ForEach-Object ToString
try { [version]'x' } catch { $_.FullyQualifiedErrorId }
[version]'1.2.3.4'
([char]'a'..[char]'e') -join ''
([char]'a'..[char]'c' | ForEach-Object { $_.GetType().Name }) -join ','
# Flags enumerations combine into values of the enumeration.
([System.Management.Automation.CommandTypes]::Alias -bor [System.Management.Automation.CommandTypes]::Application).ToString()
([System.Security.AccessControl.AceFlags]::ObjectInherit -band [System.Security.AccessControl.AceFlags]::ContainerInherit).ToString()
(Get-Command Get-Date).CommandType.GetType().Name
