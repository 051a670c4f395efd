# [Environment+SpecialFolder] and GetFolderPath, where .NET on Linux puts the folders.
[Environment+SpecialFolder]::UserProfile
[System.Environment+SpecialFolder]::ApplicationData.value__
[Environment]::GetFolderPath('UserProfile') -eq $HOME
[Environment]::GetFolderPath([Environment+SpecialFolder]::Personal) -eq $HOME
# A folder that does not exist is "" unless DoNotVerify is given.
$env:XDG_CONFIG_HOME = '/nonexistent/config'
"[$([Environment]::GetFolderPath('ApplicationData'))]"
[Environment]::GetFolderPath('ApplicationData', 'DoNotVerify')
"[$([Environment]::GetFolderPath('Windows'))]"
try { [Environment]::GetFolderPath('Nowhere') } catch { $_.FullyQualifiedErrorId }
