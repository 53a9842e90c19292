# Checks an uncaught AttributeError raised inside a chain of method calls on objects.
class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child
    def depth_sum(self):
        return self.value + self.child.depth_sum()
class Tree:
    def __init__(self, root):
        self.root = root
    def total(self):
        return self.root.depth_sum()
leaf_less = Tree(Node(1, Node(2, Node(3))))
print("computing")
print(leaf_less.total())
