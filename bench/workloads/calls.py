# (b) 100,000 calls of a small function.
def f(x):
    return x + 1


n = 0
for i in range(100000):
    n = f(n)
print(n)
