# Helper module (not a program): half of a circular import with mod_cycle_b.
print("mod_cycle_a: start")
import mod_cycle_b
def a_name():
    return "A"
def call_b():
    return "a->" + mod_cycle_b.b_name()
print("mod_cycle_a: end")
