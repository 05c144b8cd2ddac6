"""checks.py — the check counter for the Python parts of the shell tests
(import it with tests/shell on sys.path): check(name, ok) counts one check
and prints "FAIL: name" when ok is false; done() prints the
"N checks, M failed" line that lib.sh's t_python reads. A name that is no
string (the arguments swapped: a check that could never fail) fails."""
checks = failed = 0


def check(name, ok):
    global checks, failed
    checks += 1
    if not isinstance(name, str):  # check(ok, name): a check that cannot fail
        failed += 1
        print('FAIL: check() takes the name first, then the result: %r' % (ok,))
        return False
    if not ok:
        failed += 1
        print('FAIL: ' + name)
    return ok


def done():
    print('%d checks, %d failed' % (checks, failed))
