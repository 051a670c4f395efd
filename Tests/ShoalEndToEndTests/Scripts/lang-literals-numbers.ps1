# Integer, hex, multiplier-suffix and real literals, and the types they get.
42
0x1F
1kb
2mb
1gb
1.5
1e3
.5
-7
0xFF + 1
(42).GetType().Name
(0x1F).GetType().Name
(1.5).GetType().Name
(1kb).GetType().Name
(4gb).GetType().Name
(3000000000).GetType().Name
(1e3).GetType().Name
