# (b5) 100,000 calls with the arguments unpacked from a new dict.
def f(a, b):
    return a + b


n = 0
for i in range(100000):
    arguments = {"a": n, "b": 1}
    n = f(**arguments)
print(n)
