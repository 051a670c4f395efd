# (a) a 1,000,000-step counting loop. Optional argument: the number of steps
# (bench/run.sh runs fewer steps in bash and scales the time).
n=${1:-1000000}
s=0
for ((i = 0; i < n; i++)); do ((s += i)); done
echo "$s"
