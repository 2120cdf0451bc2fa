class AppError(Exception):
    pass
def check(v):
    if v < 0:
        raise AppError(f"negative: {v}")
check(-1)
