# An unknown command is an error; the script goes on and exits 0.
'before'
Invoke-NoSuchThing -Arg 1
'after'
