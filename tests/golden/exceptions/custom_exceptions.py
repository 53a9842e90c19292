# Checks user exception hierarchies, custom __init__/__str__, extra attributes and args.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NoArgs(AppError):
    def __init__(self):
        pass
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age
for v in [5, -1, "x"]:
    try:
        print("ok", validate(v))
    except AppError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", repr(e), "|", e.field)
e = NoArgs()
print(repr(e), str(e), e.args, isinstance(e, Exception))
print(issubclass(ValidationError, AppError), [c.__name__ for c in ValidationError.__mro__])
class WithRepr(Exception):
    pass
print(repr(WithRepr()), repr(WithRepr(1)), repr(WithRepr(1, "two")), str(WithRepr(1, "two")), str(WithRepr("only")))
