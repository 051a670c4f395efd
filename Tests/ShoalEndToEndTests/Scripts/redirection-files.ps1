# Redirecting output to files: >, >>, *>, and > $null.
$f = "/tmp/shoal-e2e-redirect-$PID.txt"
'first' > $f
'second' >> $f
1, 2 >> $f
cat $f
'overwrite' > $f
cat $f
& { 'all1'; 'all2' } *> $f
cat $f
Write-Output 'nothing' > $null
rm $f
sh -c "test -e '$f' && echo exists || echo removed"
