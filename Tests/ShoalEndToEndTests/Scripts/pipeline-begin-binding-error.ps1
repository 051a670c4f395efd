# A command whose arguments do not bind fails the whole pipeline once,
# even when the stage before it writes from its begin block (whose own
# try/catch never sees the error); the script goes on.
function Source { begin { 'one'; try { 'two' } catch { 'caught' }; 'three' } }
Source | Write-Output -NoSuchParameter
'after'
$array = (1, 2) * 512mb
'still after'
