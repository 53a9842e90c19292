# Checks extreme float values via sys.float_info and arithmetic at the edges.
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, fi.min / 2 > 0, fi.min * fi.epsilon)
print(repr(fi.max), repr(-fi.max))
