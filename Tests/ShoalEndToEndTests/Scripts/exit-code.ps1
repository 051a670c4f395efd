# exit N ends the script from anywhere with status N.
'before exit'
function Quit { exit 3 }
Quit
'not printed'
