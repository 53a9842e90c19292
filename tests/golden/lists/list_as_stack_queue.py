# Checks a list used as a stack and as a queue, and a bracket-matching algorithm.
stack = []
for i in range(5):
    stack.append(i * i)
    print("push", i * i, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = ["a", "b"]
queue.append("c")
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
