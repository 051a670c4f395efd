# External programs: argument passing, captured output as lines, pipeline input, exit codes.
$name = 'with space'
printf '[%s]\n' plain 'two words' "expanded $name"
$arr = 'a', 'b c'
printf '<%s>\n' $arr
printf '%s|%s\n' --flag=value -x
printf '%s\n' 'it''s' '"dq"'
$empty = ''
printf '[%s]\n' $empty
$lines = printf 'l1\nl2\nl3\n'
$lines.Count
$lines[1]
$lines.GetType().Name
$single = printf 'just one\n'
$single.GetType().Name
'banana', 'apple', 'cherry' | /usr/bin/sort
$upper = 'hello', 'world' | tr a-z A-Z
$upper -join ' '
sh -c 'echo to-stdout'
$out = sh -c 'echo out; echo err 1>&2' 2>$null
$out
sh -c 'exit 3'
"status: $? $LASTEXITCODE"
sh -c 'exit 0'
"status: $? $LASTEXITCODE"
& 'sh' -c 'exit 7'
$LASTEXITCODE
$cmd = 'printf'
& $cmd '%s\n' 'via call operator'
# A program that dies of SIGINT without the shell's Ctrl-C does not stop the script.
sh -c 'kill -INT $$'; "after SIGINT: $LASTEXITCODE"
