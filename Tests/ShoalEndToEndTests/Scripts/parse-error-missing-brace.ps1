'this must not be printed'
function Broken {
    if ($true) {
        'inside'
    }
