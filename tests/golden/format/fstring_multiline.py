# Checks f-strings spanning lines, in loops and with method calls and dict lookups.
people = [{"name": "Ann", "age": 31}, {"name": "Bo", "age": 5}]
for p in people:
    msg = (
        f"{p['name']:>5} is {p['age']:>3} "
        f"years old; "
        f"{'adult' if p['age'] >= 18 else 'child'}"
    )
    print(msg)
text = "hello"
print(f"{text.upper()} {text[::-1]} {text.count('l')} {len(text) * '-'}")
print(f"""triple {text}
second line {1 + 1}""")
