def summarize(values: list[int]) -> int:
    def double(x: int) -> int:
        return x * 2

    return sum([double(v) for v in values])


print(summarize([1, 2, 3]))
