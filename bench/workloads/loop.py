# (a) a 1,000,000-step counting loop. Optional argument: the number of steps.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
s = 0
for i in range(n):
    s += i
print(s)
