# Checks big-int number theory: Miller-Rabin, extended gcd, modular inverse and a toy RSA round trip.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    n += 1
    if n % 2 == 0 and n != 2:
        n += 1
    while not is_probable_prime(n):
        n += 2
    return n

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m

print([n for n in range(100) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(561), is_probable_prime(2 ** 89 - 1))
p = next_prime(10 ** 50)
q = next_prime(3 * 10 ** 50)
print(p, q)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print(n)
print(d == pow(e, -1, phi), e * d % phi)
message = "Skein: a free-threaded interpreter"
m = 0
for ch in message:
    m = m * 256 + ord(ch)
print(m < n, m.bit_length())
c = pow(m, e, n)
back = pow(c, d, n)
print(c)
chars = []
while back:
    back, code = divmod(back, 256)
    chars.append(chr(code))
print("".join(reversed(chars)) == message, "".join(reversed(chars)))
print(egcd(240, 46), modinv(17, 3120))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
fermat = [(2 ** (2 ** k) + 1, is_probable_prime(2 ** (2 ** k) + 1)) for k in range(7)]
print(fermat)
