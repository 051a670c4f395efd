# Format-Table with calculated properties, -AutoSize, Width and -HideTableHeaders.
$items = @(
    [pscustomobject]@{Name = 'alpha'; Bytes = 2048; Owner = 'root'}
    [pscustomobject]@{Name = 'beta'; Bytes = 10; Owner = 'someone-else'}
)
$items | Format-Table Name, @{Label = 'KB'; Expression = { $_.Bytes / 1024 }; FormatString = 'N1'}, @{n = 'Who'; e = 'Owner'} -AutoSize
$items | Format-Table @{Name = 'Owner'; Expression = { $_.Owner }; Width = 6}, Bytes
$items | Format-Table -HideTableHeaders
$items | Format-Table -Property N*
