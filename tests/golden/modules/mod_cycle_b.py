# Helper module (not a program): the other half of the circular import; uses mod_cycle_a lazily.
print("mod_cycle_b: start")
import mod_cycle_a
print("mod_cycle_b: sees partially initialised mod_cycle_a, has a_name:", hasattr(mod_cycle_a, "a_name"))
def b_name():
    return "B"
def call_a():
    return "b->" + mod_cycle_a.a_name()
print("mod_cycle_b: end")
