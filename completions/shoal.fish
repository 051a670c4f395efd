# fish completion for shoal's own options.
# Install: copy to ~/.config/fish/completions/shoal.fish

complete -c shoal -o c -o Command -x -d 'Run the commands and exit'
complete -c shoal -o f -o File -r -F -d 'Run a script file'
complete -c shoal -o NoProfile -d 'Do not run the profile'
complete -c shoal -o NonInteractive -d 'Never prompt'
complete -c shoal -o NoLogo -d 'Accepted, does nothing'
complete -c shoal -s v -l version -d 'Print the version'
complete -c shoal -s h -l help -d 'Print the options'
