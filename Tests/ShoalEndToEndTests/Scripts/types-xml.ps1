# [xml]: a document read with PowerShell's XML adapter (attributes and child
# elements as properties), .NET members, an XPath subset, and Select-Xml.
$doc = [xml]@'
<?xml version="1.0" encoding="utf-8"?>
<config env="prod">
  <!-- servers -->
  <server name="web1" port="80"><role>frontend</role></server>
  <server name="web2" port="8080"><role>frontend</role></server>
  <server name="db1" port="5432"><role>database</role></server>
  <owner>ops &amp; infra</owner>
</config>
'@
$doc
$doc.config
$doc.config.env
$doc.config.owner
$doc.config.server.Count
$doc.config.server[1].name
$doc.config.server | Format-Table name, port, role
$doc.SelectNodes('//server[role="database"]/@name') | ForEach-Object Value
$doc.SelectSingleNode('/config/server[last()]').name
$doc.config.SelectNodes('server[@port!=80]').Count
($doc.SelectNodes('//role/text()') | ForEach-Object Value) -join ','
$doc.DocumentElement.Name
$doc.config.server[0].OuterXml
"$($doc.config.server[0])"
$doc.GetType().FullName
try { [xml]'<a><b></a>' } catch { $_.Exception.Message }
try { $doc.SelectNodes('//server[') } catch { $_.Exception.Message }
$doc.config.GetElementsByTagName('role').Count
$file = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-types-xml-test.xml'
Set-Content $file '<r>', '  <x id="1">5</x>', '  <x id="2">7</x>', '</r>'
([xml](Get-Content $file)).r.x | ForEach-Object '#text'
Select-Xml -Path $file -XPath '//x[@id=2]' | ForEach-Object { $_.ToString() -replace [regex]::Escape($file), '<file>' }
$doc | Select-Xml -XPath '//server/@port | //owner' | ForEach-Object { "$($_.Node.Name)=$($_.Node.InnerText) from $($_.Path)" }
Select-Xml -Content '<a><b>1</b></a>' -XPath '/a/b' | ForEach-Object ToString
try { Select-Xml -Content '<a/>' -XPath 'a[' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Select-Xml -Content '<a/>' -XPath '/a' -Namespace @{ x = 'urn:x' } } catch { $_.FullyQualifiedErrorId }
Remove-Item $file
