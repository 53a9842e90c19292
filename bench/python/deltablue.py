"""DeltaBlue-style incremental one-way constraint solver (after Freeman-Benson,
Maloney and Borning's algorithm), written from the algorithm's description.

Variables are connected by constraints with strengths; adding or removing a
constraint re-plans incrementally by walking strengths through the graph, and
a plan extracted from the input constraints is executed to propagate values.
Two workloads: a long chain of equality constraints, and a set of
`dst = src * scale + offset` projections edited from different ends.
Exercises: class hierarchies with overridden methods, super-class method
calls, isinstance-free virtual dispatch, lists used as queues (append/pop(0)
/remove), attribute-heavy code, identity comparisons.
Argument: the number of rounds (each round runs both tests with 100 variables).
"""
import sys


class Strength:
    def __init__(self, level, name):
        self.level = level      # smaller is stronger
        self.name = name

    def stronger_than(self, other):
        return self.level < other.level

    def weaker_than(self, other):
        return self.level > other.level

    def weakest(self, other):
        return self if self.weaker_than(other) else other

    def next_weaker(self):
        return STRENGTHS[self.level + 1]


STRENGTHS = [Strength(i, name) for i, name in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default",
     "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS

NONE = 0
FORWARD = 1
BACKWARD = 2


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, c):
        self.constraints.append(c)

    def detach(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength.stronger_than(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    """The variable should keep its value (weakly, unless stronger ones say otherwise)."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """The variable's value is set from outside, e.g. by the user."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE

    def choose_method(self, mark):
        v1 = self.v1
        v2 = self.v2
        s = self.strength
        if v1.mark == mark:
            ok = v2.mark != mark and s.stronger_than(v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and s.stronger_than(v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif v1.walk_strength.weaker_than(v2.walk_strength):
            self.direction = BACKWARD if s.stronger_than(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger_than(v2.walk_strength) else BACKWARD

    def add_to_graph(self):
        self.v1.attach(self)
        self.v2.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.detach(self)
        self.v2.detach(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest(src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, v1, v2, strength):
        BinaryConstraint.__init__(self, planner, v1, v2, strength)
        self.install()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """v2 = v1 * scale + offset, solvable in both directions."""

    def __init__(self, planner, src, scale, offset, dst, strength):
        BinaryConstraint.__init__(self, planner, src, dst, strength)
        self.scale = scale
        self.offset = offset
        self.install()

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest(src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def add(self, c):
        self.steps.append(c)

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while strength is not WEAKEST:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_from(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


def check(cond, what):
    if not cond:
        raise SolverError(what)


def chain_test(n):
    """A chain v0 = v1 = ... = vn; edit v0 and watch the value reach vn."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first = variables[0]
    last = variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_from([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        check(last.value == i, "chain test failed")
        total += last.value
    edit.uninstall()
    return total + len(plan)


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_from([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.uninstall()
    return len(plan)


def projection_test(n):
    """n pairs dst = src * scale + offset sharing scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    steps = change(planner, src, 17)
    check(dst.value == 1170, "projection 1 failed")
    steps += change(planner, dst, 1050)
    check(src.value == 5, "projection 2 failed")
    steps += change(planner, scale, 5)
    for i in range(n - 1):
        check(dests[i].value == i * 5 + 1000, "projection 3 failed")
    steps += change(planner, offset, 2000)
    for i in range(n - 1):
        check(dests[i].value == i * 5 + 2000, "projection 4 failed")
    total = 0
    for d in dests:
        total += d.value
    return total + steps


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    checksum = 0
    for _ in range(rounds):
        checksum = (checksum * 7 + chain_test(100) + projection_test(100)) % 1000000007
    print("deltablue rounds=%d checksum=%d" % (rounds, checksum))


main()
