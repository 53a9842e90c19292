# Checks recursive generators walking a tree (preorder, inorder, by level) with yield from.
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.v
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.v
        yield from preorder(n.left)
        yield from preorder(n.right)
def levels(root):
    q = [root]
    while q:
        nxt = []
        for n in q:
            yield n.v
            nxt += [c for c in (n.left, n.right) if c]
        q = nxt
t = Node(5, Node(3, Node(1), Node(4)), Node(8, Node(7), Node(9, None, Node(10))))
print(list(inorder(t)), list(preorder(t)), list(levels(t)))
print(sum(inorder(t)), max(preorder(t)), sorted(levels(t)) == list(inorder(t)))
