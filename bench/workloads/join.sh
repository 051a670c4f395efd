# (c) building a 100,000-element string with a join (IFS=, and ${a[*]}).
a=()
for ((i = 1; i <= 100000; i++)); do a+=("item$i"); done
IFS=,
s="${a[*]}"
echo "${#s}"
echo "${s:0:12}"
echo "${s: -11}"
