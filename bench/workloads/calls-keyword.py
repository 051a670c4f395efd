# (b2-b4) 100,000 calls with keyword arguments.
def f(a, b=1):
    return a + b


n = 0
for i in range(100000):
    n = f(a=n, b=1)
print(n)
