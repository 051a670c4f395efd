# Update-FormatData: views from a *.format.ps1xml file, found by type
# name for default output and by name with -View.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "shoal-format-data-test"
New-Item -ItemType Directory -Force $dir | Out-Null
$file = Join-Path $dir 'servers.format.ps1xml'
Set-Content -Path $file -Value @'
<?xml version="1.0" encoding="utf-8"?>
<!-- Two views of Demo.Server and a grouped one of Demo.Disk. -->
<Configuration>
  <SelectionSets>
    <SelectionSet>
      <Name>Disks</Name>
      <Types><TypeName>Demo.Disk</TypeName></Types>
    </SelectionSet>
  </SelectionSets>
  <ViewDefinitions>
    <View>
      <Name>Servers</Name>
      <ViewSelectedBy><TypeName>Demo.Server</TypeName></ViewSelectedBy>
      <TableControl>
        <TableHeaders>
          <TableColumnHeader><Label>HostName</Label><Width>6</Width></TableColumnHeader>
          <TableColumnHeader><Label>Load</Label><Width>6</Width><Alignment>Right</Alignment></TableColumnHeader>
          <TableColumnHeader><Label>State &amp; Role</Label><Width>8</Width><Alignment>Center</Alignment></TableColumnHeader>
        </TableHeaders>
        <TableRowEntries>
          <TableRowEntry>
            <TableColumnItems>
              <TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem>
              <TableColumnItem><PropertyName>Load</PropertyName><FormatString>{0:N1}</FormatString></TableColumnItem>
              <TableColumnItem><ScriptBlock>$_.State.ToUpper()</ScriptBlock></TableColumnItem>
            </TableColumnItems>
          </TableRowEntry>
        </TableRowEntries>
      </TableControl>
    </View>
    <View>
      <Name>Detail</Name>
      <ViewSelectedBy><TypeName>Demo.Server</TypeName></ViewSelectedBy>
      <ListControl>
        <ListEntries>
          <ListEntry>
            <ListItems>
              <ListItem><Label>Server</Label><PropertyName>Name</PropertyName></ListItem>
              <ListItem><Label>Load %</Label><ScriptBlock>$_.Load * 100</ScriptBlock></ListItem>
            </ListItems>
          </ListEntry>
        </ListEntries>
      </ListControl>
    </View>
    <View>
      <Name>ByHost</Name>
      <ViewSelectedBy><SelectionSetName>Disks</SelectionSetName></ViewSelectedBy>
      <GroupBy><PropertyName>Host</PropertyName><Label>Server</Label></GroupBy>
      <TableControl>
        <AutoSize/>
        <TableHeaders>
          <TableColumnHeader><Label>Mount</Label></TableColumnHeader>
          <TableColumnHeader><Label>Free</Label></TableColumnHeader>
        </TableHeaders>
        <TableRowEntries>
          <TableRowEntry>
            <TableColumnItems>
              <TableColumnItem><PropertyName>Mount</PropertyName></TableColumnItem>
              <TableColumnItem><PropertyName>Free</PropertyName></TableColumnItem>
            </TableColumnItems>
          </TableRowEntry>
        </TableRowEntries>
      </TableControl>
    </View>
  </ViewDefinitions>
</Configuration>
'@

function New-Server($name, $load, $state) {
    $server = [pscustomobject]@{ Name = $name; Load = $load; State = $state }
    $server.PSObject.TypeNames.Insert(0, 'Demo.Server')
    $server
}
$servers = (New-Server 'web1' 0.25 'up'), (New-Server 'database01' 0.875 'degraded')

'-- before loading: the generated table'
$servers | Format-Table | Out-String
Update-FormatData -AppendPath $file
'-- the first table view is the default; long values are cut, long labels wrap'
$servers
'-- with -Wrap'
$servers | Format-Table -Wrap | Out-String
'-- a list view by name'
$servers | Format-List -View Detail
'-- a grouped, autosized view through a selection set'
foreach ($disk in @(@{ Host = 'web1'; Mount = '/'; Free = 10 }, @{ Host = 'web1'; Mount = '/var/lib/data'; Free = 200 },
                    @{ Host = 'db'; Mount = '/'; Free = 5 })) {
    $object = [pscustomobject]$disk
    $object.PSObject.TypeNames.Insert(0, 'Demo.Disk')
    $object
}

'-- an unknown view name stops the pipeline'
try { $servers | Format-Table -View Nope } catch { "$($_.FullyQualifiedErrorId): $_" }
try { [pscustomobject]@{ a = 1 } | Format-List -View Nope } catch { "$($_.FullyQualifiedErrorId): $_" }
try { $servers | Format-Table -View Servers -Property Name } catch { "$($_.FullyQualifiedErrorId): $_" }

'-- another runspace does not see this one''s format data'
$ps = [powershell]::Create()
$null = $ps.AddScript({ param($s) $s | Format-Table | Out-String }).AddArgument($servers[0])
$ps.Invoke()

'-- bad files load nothing and say why'
$bad = Join-Path $dir 'bad.format.ps1xml'
Set-Content -Path $bad -Value "<Configuration>`n  <ViewDefinitions>`n    <View><Name>x</Name>`n  </ViewDefinitions>`n</Configuration>"
Update-FormatData -AppendPath $bad -ErrorVariable err -ErrorAction SilentlyContinue
"$($err[0].FullyQualifiedErrorId): $($err[0])"
Set-Content -Path $bad -Value '<Configuration><ViewDefinitions><View><Name>x</Name><ViewSelectedBy><TypeName>T</TypeName></ViewSelectedBy><TableControl><TableHeaders><TableColumnHeader><Width>wide</Width></TableColumnHeader></TableHeaders><TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>a</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View></ViewDefinitions></Configuration>'
Update-FormatData -AppendPath $bad -ErrorVariable err -ErrorAction SilentlyContinue
"$($err[0].FullyQualifiedErrorId): $($err[0])"
$text = Join-Path $dir 'views.txt'
Set-Content -Path $text -Value '<Configuration/>'
Update-FormatData -AppendPath $text -ErrorVariable err -ErrorAction SilentlyContinue
"$($err[0].FullyQualifiedErrorId): $($err[0])"
Update-FormatData -AppendPath (Join-Path $dir 'missing.format.ps1xml') -ErrorVariable err -ErrorAction SilentlyContinue
"$($err[0].FullyQualifiedErrorId)"
Update-FormatData -AppendPath $file -WhatIf
Remove-Item -Recurse $dir
