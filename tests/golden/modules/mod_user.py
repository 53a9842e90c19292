# Helper module (not a program): imports mod_counter itself, to show the module object is shared.
import mod_counter
def use():
    return mod_counter.bump("from mod_user")
