def make_checks(limits: list[int]) -> int:
    # every lambda sees the last limit when it runs (late binding); Go would bind each item
    checks = [lambda value: value > limit for limit in limits]
    return sum(1 for check in checks if check(5))


print(make_checks([1, 10, 100]))
