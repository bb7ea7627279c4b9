#!/usr/bin/env python3
"""Writes a synthetic licensing-agreement feed (contract.md) for benchmarks and load tests.

    scripts/gen-feed.py --lines 1000000 --customers 200000 > feed.csv

Deterministic for a given --seed, so figures in docs/performance.md can be reproduced. The mix
is chosen so every R8 criterion is met by some customers and not by others: segments cycle,
products include the E3/E5 lines criterion (c) adds up across agreements, Software Assurance
is on for about a third of the lines, dates spread over five years, and names sometimes carry
a comma (a quoted field).
"""

import argparse
import random
import sys

SEGMENTS = ["commercial", "government", "education", "nonprofit"]
COUNTRIES = ["NL", "US", "DE", "GB", "FR", "JP", "CN", "HK", "BE", "SE"]
PRODUCTS = [
    "office-professional-plus",
    "office-standard",
    "m365-apps-enterprise",
    "m365-e3",
    "m365-e5",
    "windows-enterprise",
]
HEADER = ("agreement_number,customer_number,customer_name,segment,country,contact_email,"
          "product,quantity,software_assurance,start_date,end_date")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--customers", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    if args.customers < 1 or args.lines < args.customers:
        sys.exit("need at least one line per customer")
    rnd = random.Random(args.seed)
    out = sys.stdout
    out.write(HEADER + "\n")
    per, extra = divmod(args.lines, args.customers)
    buf = []
    for c in range(args.customers):
        number = f"C-{c:07d}"
        name = f"Customer {c}" if c % 7 else f"\"Smith, Jones & Co {c}\""
        segment = SEGMENTS[c % 4]
        country = COUNTRIES[c % len(COUNTRIES)]
        email = f"licensing@customer{c}.example"
        for i in range(per + (1 if c < extra else 0)):
            product = PRODUCTS[rnd.randrange(len(PRODUCTS))]
            quantity = rnd.randrange(0, 1500)
            sa = "true" if rnd.randrange(3) == 0 else "false"
            sy = rnd.randrange(2022, 2027)
            start = f"{sy}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
            end = f"{sy + rnd.randrange(1, 4)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
            buf.append(f"AG-{c:07d}-{i},{number},{name},{segment},{country},{email},"
                       f"{product},{quantity},{sa},{start},{end}\n")
        if len(buf) >= 10_000:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))


if __name__ == "__main__":
    main()
