# An unhandled throw ends the script with exit status 1.
'before throw'
function Deep { throw 'fatal problem' }
Deep
'not printed'
