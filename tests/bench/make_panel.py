# The user's panel for the benchmarks: 1,000,000 rows of region,indicator,period,value,unit with
# quarterly periods (about 34 MB): 200 regions x 50 indicators x 100 quarters, fixed seed.
#   python3 tests/bench/make_panel.py OUT.csv
import random
import sys

random.seed(7)
units = ["亿元", "万人", "%", "个", "万元"]
with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("region,indicator,period,value,unit\n")
    for city in range(200):
        for ind in range(50):
            unit = units[ind % len(units)]
            level = random.uniform(10, 5000)
            for q in range(100):
                year, quarter = 1999 + q // 4, q % 4 + 1
                level *= random.uniform(0.97, 1.05)
                f.write(f"city{city:03d},ind{ind:02d},{year}Q{quarter},{level:.2f},{unit}\n")
