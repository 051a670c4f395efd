# Objects with up to four properties share one table; numbers align right,
# strings left; a blank line comes before and after the table.
[pscustomobject]@{Name = 'alpha'; Size = 5; Kind = 'file'}
[pscustomobject]@{Name = 'beta'; Size = 1234; Kind = 'dir'}
[pscustomobject]@{Name = 'gamma-ray'; Size = -7; Kind = ''}
