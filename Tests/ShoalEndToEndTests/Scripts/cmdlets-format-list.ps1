# Five or more properties make a list; each object is followed by a blank line.
[pscustomobject]@{Id = 1; Name = 'first'; State = 'Running'; Count = 10; Ratio = 0.5; Tags = @('a', 'b')}
[pscustomobject]@{Id = 2; Name = 'second'; State = 'Completed'; Count = 200; Ratio = 1.25; Tags = @()}
New-TimeSpan -Hours 1 -Minutes 2 -Seconds 3
