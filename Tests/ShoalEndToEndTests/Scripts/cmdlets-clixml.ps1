# Export-Clixml and Import-Clixml: values keep their types through a file,
# pwsh's own CLIXML reads, and bad files give errors that say where.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-clixml-test'
New-Item -ItemType Directory -Force $dir | Out-Null
$file = Join-Path $dir 'objects.xml'

$values = @(
    'text with <markup> & a line break:' + "`n" + 'second line_x0041_'
    42
    5000000000
    2.5
    $true
    [datetime]'2024-05-01 10:30:00'
    [timespan]'1.02:03:04.5'
    [byte]7
    [decimal]'1.50'
    [char]'x'
    , @(1, 'two', @(3, 4))
    [ordered]@{ b = 2; a = @{ nested = 'yes' } }
    [pscustomobject]@{ Name = 'web1'; Ports = 80, 443; Owner = [pscustomobject]@{ Team = 'ops' } }
    $null
)
$values | Export-Clixml $file
$back = Import-Clixml $file
$back.Count
foreach ($value in $back) {
    if ($null -eq $value) { 'null'; continue }
    '{0}: {1}' -f $value.GetType().FullName, ($value | ConvertTo-Json -Compress -Depth 4)
}
$back[12].PSObject.TypeNames -join ', '
$back[12].Owner.Team
$back[12].Owner.PSObject.TypeNames[0]

'-- depth: deeper levels are written as their strings'
[pscustomobject]@{ L1 = [pscustomobject]@{ L2 = [pscustomobject]@{ L3 = 'deep' } } } | Export-Clixml $file -Depth 1
$shallow = Import-Clixml $file
$shallow.L1
$shallow.L1.GetType().FullName

'-- a file pwsh wrote'
Set-Content $file @'
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCustomObject</T>
      <T>System.Object</T>
    </TN>
    <MS>
      <S N="Name">web1</S>
      <I32 N="Port">80</I32>
      <Obj N="Tags" RefId="1">
        <TN RefId="1">
          <T>System.Object[]</T>
          <T>System.Array</T>
          <T>System.Object</T>
        </TN>
        <LST>
          <S>a</S>
          <S>b_x000D__x000A_c</S>
        </LST>
      </Obj>
    </MS>
  </Obj>
  <Obj RefId="2">
    <TNRef RefId="0" />
    <MS>
      <S N="Name">db1</S>
      <Nil N="Port" />
      <TS N="Up">P1DT2H3M4.5S</TS>
      <Ref N="Tags" RefId="1" />
    </MS>
  </Obj>
</Objs>
'@
$servers = Import-Clixml $file
$servers | ForEach-Object { "$($_.Name) $($_.Port) $($_.Tags.Count) $($_.Up)" }
($servers[0].Tags[1] -split "`r`n") -join '|'
(Import-Clixml $file -First 1 -Skip 1).Name

'-- errors'
Set-Content $file '<Objs><Obj>'
Import-Clixml $file -ErrorVariable bad -ErrorAction SilentlyContinue
$bad[0].ToString().Replace($file, '<file>')
try { 'x' | Export-Clixml $file -NoClobber } catch { $_.FullyQualifiedErrorId }
try { Import-Clixml (Join-Path $dir 'missing.xml') -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-Item -Recurse $dir
