# (c) building a 100,000-element string with a join.
s = ",".join([f"item{i}" for i in range(1, 100001)])
print(len(s))
print(s[:12])
print(s[-11:])
