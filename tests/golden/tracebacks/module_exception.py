# Checks the last traceback line for an exception class from another module: 'mod_errors.ValidationError: ...'.
import mod_errors
records = [{"id": 1}, {"id": 2, "x": 0}, {"name": "nobody", "age": 3}]
for r in records:
    print("validated", mod_errors.validate(r))
