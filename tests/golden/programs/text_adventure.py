# Checks a text-adventure state machine driven by a fixed script of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "attic": {"desc": "a dark attic", "exits": {"down": "library"}, "items": ["chest"]},
    "cellar": {"desc": "a damp cellar", "exits": {"up": "kitchen"}, "items": []},
}

class GameOver(Exception):
    pass

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = "exploring"
        self.moves = 0
        self.rooms = {k: {"desc": v["desc"], "exits": dict(v["exits"]), "items": list(v["items"])} for k, v in ROOMS.items()}
        self.handlers = {"go": self.go, "take": self.take, "drop": self.drop, "look": self.look,
                         "inv": self.inv, "open": self.open_, "eat": self.eat}

    def here(self):
        return self.rooms[self.room]

    def look(self, *args):
        r = self.here()
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."

    def go(self, direction=None):
        if direction is None:
            return "Go where?"
        if direction not in self.here()["exits"]:
            return f"You can't go {direction}."
        target = self.here()["exits"][direction]
        if target == "attic" and "lamp" not in self.inventory:
            return "It is too dark to climb up without a lamp."
        self.room = target
        self.moves += 1
        return self.look()

    def take(self, item=None):
        items = self.here()["items"]
        if item not in items:
            return f"There is no {item} here."
        if item == "chest":
            return "The chest is far too heavy."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def drop(self, item=None):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.here()["items"].append(item)
        return f"Dropped: {item}."

    def inv(self, *args):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def eat(self, item=None):
        if item != "bread" or item not in self.inventory:
            return "You can't eat that."
        self.inventory.remove(item)
        return "Delicious."

    def open_(self, what=None):
        if what != "chest" or self.room != "attic":
            return "Nothing to open."
        if "key" not in self.inventory:
            return "The chest is locked."
        self.state = "won"
        raise GameOver(f"You open the chest and find the treasure in {self.moves} moves!")

    def command(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *args = words
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to '{verb}'."
        return handler(*args[:1])

script = ["look", "take lamp", "go west", "go", "go north", "take book", "inv", "go up", "open chest",
          "take chest", "go down", "drop book", "take key", "dance", "", "go south", "go east", "take bread",
          "eat bread", "eat bread", "go down", "look", "go up", "go west", "drop lamp", "go north", "go up",
          "go south", "take lamp", "go north", "go up", "open chest", "look"]
game = Game()
for line in script:
    print(f"> {line}")
    try:
        print(game.command(line))
    except GameOver as end:
        print(end)
        break
print("final state:", game.state, game.room, sorted(game.inventory), game.moves)
print(game.rooms["attic"]["items"], game.rooms["library"]["items"])
