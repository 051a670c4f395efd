# Hashtables print as a Name/Value table with a 30-character Name column.
[ordered]@{ Name = 'shoal'; Version = 7; Tags = @('a', 'b', 'c', 'd', 'e'); 'a key longer than thirty characters' = 'cut' }
