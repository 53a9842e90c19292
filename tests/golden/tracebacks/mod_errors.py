# Helper module (not a program): an exception class defined outside __main__.
class ValidationError(Exception):
    pass
def validate(record):
    if "id" not in record:
        raise ValidationError(f"record without id: {sorted(record)}")
    return record["id"]
