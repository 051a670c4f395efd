# Single-quoted strings are verbatim ('' is a quote); double-quoted ones take backtick escapes.
'single $notexpanded'
'it''s'
"tab:`t|"
"quote: `"x`" and ""y"""
"dollar: `$x"
"nl:`nsecond"
"back``tick"
'a' + "b"
"esc length: $("`e".Length)"
"null char length: $("`0".Length)"
"cr length: $("`r`n".Length)"
