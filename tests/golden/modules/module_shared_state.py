# Checks that every importer shares one module object and its globals.
import mod_counter
import mod_user
from mod_counter import bump, count
print(mod_counter.bump("main"), mod_user.use(), bump("direct"))
print(mod_counter.count, count, mod_counter.items)
print(mod_user.mod_counter is mod_counter)
