#!/usr/bin/env python3
"""What SQLite's secure_delete costs hup's writes (issue 16).

hup turns `PRAGMA secure_delete = ON` on for every connection so erased personal data leaves
no bytes in the database file. This bench runs hup's write pattern on the mail outbox and the
registrations, the rows whose content is deleted or overwritten most, with the pragmas hup sets
(WAL, synchronous=NORMAL), once with secure_delete OFF and once ON, on a fresh file each:

  1. insert: one transaction per 100 registrations, each with its outbox row (a 2 KB message);
  2. deliver: the body of every outbox row is cleared (`message = ''`), one transaction per 100;
  3. purge: every row is deleted in batches of 1,000 (the retention job).

    python3 scripts/bench-secure-delete.py            # 50,000 rows, 3 rounds
    ROWS=200000 ROUNDS=5 python3 scripts/bench-secure-delete.py

Python's sqlite3 module links the system SQLite, not the one bundled into hup; the pragma is
the same. The figures are rows per second, the best of ROUNDS.
"""
import os
import sqlite3
import tempfile
import time

ROWS = int(os.environ.get("ROWS", "50000"))
ROUNDS = int(os.environ.get("ROUNDS", "3"))
MESSAGE = "x" * 2048


def run(secure: bool) -> dict:
    with tempfile.TemporaryDirectory() as d:
        db = sqlite3.connect(os.path.join(d, "bench.db"), isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA secure_delete = {'ON' if secure else 'OFF'}")
        db.executescript(
            """
            CREATE TABLE registrations (id INTEGER PRIMARY KEY AUTOINCREMENT, work_email TEXT,
              mailbox TEXT, token_hash TEXT UNIQUE, created_at INTEGER);
            CREATE INDEX registrations_mailbox ON registrations (mailbox, id);
            CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, recipient TEXT,
              subject TEXT, message TEXT, created_at INTEGER, sent_at INTEGER);
            CREATE INDEX outbox_recipient ON outbox (recipient);
            """
        )
        figures = {}
        start = time.perf_counter()
        for batch in range(0, ROWS, 100):
            db.execute("BEGIN IMMEDIATE")
            for i in range(batch, min(batch + 100, ROWS)):
                address = f"load{i}@contoso.example"
                db.execute(
                    "INSERT INTO registrations (work_email, mailbox, token_hash, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    (address, address, f"{i:064x}", i),
                )
                db.execute(
                    "INSERT INTO outbox (recipient, subject, message, created_at) "
                    "VALUES (?, 'Confirm', ?, ?)",
                    (address, MESSAGE, i),
                )
            db.execute("COMMIT")
        figures["insert"] = ROWS / (time.perf_counter() - start)
        start = time.perf_counter()
        for batch in range(1, ROWS + 1, 100):
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                "UPDATE outbox SET message = '', sent_at = 1 WHERE id >= ? AND id < ?",
                (batch, batch + 100),
            )
            db.execute("COMMIT")
        figures["deliver"] = ROWS / (time.perf_counter() - start)
        start = time.perf_counter()
        for table in ("outbox", "registrations"):
            while db.execute(
                f"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} LIMIT 1000)"
            ).rowcount:
                pass
        figures["purge"] = 2 * ROWS / (time.perf_counter() - start)
        db.close()
        return figures


def main() -> None:
    print(f"SQLite {sqlite3.sqlite_version}, {ROWS} rows, best of {ROUNDS}")
    best = {}
    for _ in range(ROUNDS):
        for secure in (False, True):
            for step, rate in run(secure).items():
                key = (secure, step)
                best[key] = max(best.get(key, 0), rate)
    print(f"{'step':<8} {'secure_delete OFF':>18} {'ON':>12} {'change':>8}")
    for step in ("insert", "deliver", "purge"):
        off, on = best[(False, step)], best[(True, step)]
        print(f"{step:<8} {off:>16,.0f}/s {on:>10,.0f}/s {100 * (on - off) / off:>+7.1f}%")


if __name__ == "__main__":
    main()
