# Checks parsing integers from a string of tokens using str predicates.
data = "12 apples, 7 pears and 100 plums; -3 is negative; 4x is not a number"
nums = []
for tok in data.replace(",", " ").replace(";", " ").split():
    if tok.isdigit():
        nums.append(int(tok))
    elif tok.startswith("-") and tok[1:].isdigit():
        nums.append(int(tok))
print(nums, sum(nums))
print("007".isdigit(), int("007"), "٣".isdigit(), "½".isnumeric(), "½".isdigit())
