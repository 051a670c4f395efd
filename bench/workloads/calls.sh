# (b) 100,000 calls of a small function. A bash function cannot return a
# value without a subshell ($(f) would fork 100,000 times), so f hands its
# result back in the global r.
f() { r=$(($1 + 1)); }
n=0
for ((i = 0; i < 100000; i++)); do f "$n"; n=$r; done
echo "$n"
