# Checks a circular import between two helper modules and calls across them afterwards.
import mod_cycle_a
import mod_cycle_b
print(mod_cycle_a.call_b(), mod_cycle_b.call_a())
print(mod_cycle_a.mod_cycle_b is mod_cycle_b, mod_cycle_b.mod_cycle_a is mod_cycle_a)
