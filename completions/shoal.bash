# bash completion for shoal's own options.
# Install: copy to ~/.local/share/bash-completion/completions/shoal
# (or /usr/share/bash-completion/completions/shoal), or source it from ~/.bashrc.

_shoal() {
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    case "$prev" in
        -c|-Command|-command)
            return 0 ;;
        -f|-File|-file)
            COMPREPLY=( $(compgen -f -- "$cur") )
            return 0 ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "-Command -File -NoProfile -NonInteractive -NoLogo --version --help" -- "$cur") )
        return 0
    fi
    COMPREPLY=( $(compgen -f -- "$cur") )
}
complete -o filenames -F _shoal shoal
