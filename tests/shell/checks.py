"""checks.py — the check counter for the Python parts of the shell tests
(import it with tests/shell on sys.path): check(name, ok) counts one check
and prints "FAIL: name" when ok is false; done() prints the
"N checks, M failed" line that lib.sh's t_python reads."""
checks = failed = 0


def check(name, ok):
    global checks, failed
    checks += 1
    if not ok:
        failed += 1
        print('FAIL: ' + name)
    return ok


def done():
    print('%d checks, %d failed' % (checks, failed))
