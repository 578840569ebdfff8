"""Draws the benchmark's plot: median wall time against corpus size, one panel per kind of corpus,
one line per configuration, both axes logarithmic. Python's standard library only: the PNG is
written by hand (zlib, struct) and the text is drawn with a small bitmap font.

Used by bench.py after a run, and on its own through `bench/run --plot RESULTS.json`.
"""
import math
import struct
import zlib

# Configurations in drawing order: colour (RGB) and legend label.
SERIES = (
    ("lockchecker", (214, 39, 40), "Lock Checker"),
    ("mmlock-processor", (44, 160, 44), "javac + mmlock (processor)"),
    ("javac", (70, 70, 70), "plain javac"),
    ("mmlock", (31, 119, 180), "javac + mmlock (plugin)"),
)
TITLES = {"dense": "dense: every method is walker code", "mixed": "mixed: about 10 % walker code"}

WIDTH, HEIGHT = 1200, 600
SCALE = 2  # font pixels per glyph pixel
CELL_W, CELL_H = 6 * SCALE, 10 * SCALE
WHITE, BLACK, GRID, AXIS = (255, 255, 255), (0, 0, 0), (225, 225, 225), (120, 120, 120)

# 5x8 glyphs, a row per string ('#' set); rows 0-6 above the baseline, row 7 the descender.
_GLYPHS = {
    " ": ".....|.....|.....|.....|.....|.....|.....",
    "0": ".###.|#...#|#..##|#.#.#|##..#|#...#|.###.",
    "1": "..#..|.##..|..#..|..#..|..#..|..#..|.###.",
    "2": ".###.|#...#|....#|...#.|..#..|.#...|#####",
    "3": "#####|...#.|..#..|...#.|....#|#...#|.###.",
    "4": "...#.|..##.|.#.#.|#..#.|#####|...#.|...#.",
    "5": "#####|#....|####.|....#|....#|#...#|.###.",
    "6": "..##.|.#...|#....|####.|#...#|#...#|.###.",
    "7": "#####|....#|...#.|..#..|.#...|.#...|.#...",
    "8": ".###.|#...#|#...#|.###.|#...#|#...#|.###.",
    "9": ".###.|#...#|#...#|.####|....#|...#.|.##..",
    "a": ".....|.....|.###.|....#|.####|#...#|.####",
    "b": "#....|#....|#.##.|##..#|#...#|#...#|####.",
    "c": ".....|.....|.###.|#....|#....|#...#|.###.",
    "d": "....#|....#|.##.#|#..##|#...#|#...#|.####",
    "e": ".....|.....|.###.|#...#|#####|#....|.###.",
    "f": "..##.|.#..#|.#...|###..|.#...|.#...|.#...",
    "g": ".....|.....|.####|#...#|#...#|.####|....#|.###.",
    "h": "#....|#....|#.##.|##..#|#...#|#...#|#...#",
    "i": "..#..|.....|.##..|..#..|..#..|..#..|.###.",
    "j": "...#.|.....|..##.|...#.|...#.|...#.|#..#.|.##..",
    "k": "#....|#....|#..#.|#.#..|##...|#.#..|#..#.",
    "l": ".##..|..#..|..#..|..#..|..#..|..#..|.###.",
    "m": ".....|.....|##.#.|#.#.#|#.#.#|#...#|#...#",
    "n": ".....|.....|#.##.|##..#|#...#|#...#|#...#",
    "o": ".....|.....|.###.|#...#|#...#|#...#|.###.",
    "p": ".....|.....|####.|#...#|#...#|####.|#....|#....",
    "q": ".....|.....|.##.#|#..##|#...#|.####|....#|....#",
    "r": ".....|.....|#.##.|##..#|#....|#....|#....",
    "s": ".....|.....|.###.|#....|.###.|....#|####.",
    "t": ".#...|.#...|###..|.#...|.#...|.#..#|..##.",
    "u": ".....|.....|#...#|#...#|#...#|#..##|.##.#",
    "v": ".....|.....|#...#|#...#|#...#|.#.#.|..#..",
    "w": ".....|.....|#...#|#...#|#.#.#|#.#.#|.#.#.",
    "x": ".....|.....|#...#|.#.#.|..#..|.#.#.|#...#",
    "y": ".....|.....|#...#|#...#|#...#|.####|....#|.###.",
    "z": ".....|.....|#####|...#.|..#..|.#...|#####",
    "A": ".###.|#...#|#...#|#####|#...#|#...#|#...#",
    "B": "####.|#...#|#...#|####.|#...#|#...#|####.",
    "C": ".###.|#...#|#....|#....|#....|#...#|.###.",
    "D": "###..|#..#.|#...#|#...#|#...#|#..#.|###..",
    "E": "#####|#....|#....|####.|#....|#....|#####",
    "F": "#####|#....|#....|####.|#....|#....|#....",
    "G": ".###.|#...#|#....|#.###|#...#|#...#|.####",
    "H": "#...#|#...#|#...#|#####|#...#|#...#|#...#",
    "I": ".###.|..#..|..#..|..#..|..#..|..#..|.###.",
    "J": "..###|...#.|...#.|...#.|...#.|#..#.|.##..",
    "K": "#...#|#..#.|#.#..|##...|#.#..|#..#.|#...#",
    "L": "#....|#....|#....|#....|#....|#....|#####",
    "M": "#...#|##.##|#.#.#|#.#.#|#...#|#...#|#...#",
    "N": "#...#|#...#|##..#|#.#.#|#..##|#...#|#...#",
    "O": ".###.|#...#|#...#|#...#|#...#|#...#|.###.",
    "P": "####.|#...#|#...#|####.|#....|#....|#....",
    "Q": ".###.|#...#|#...#|#...#|#.#.#|#..#.|.##.#",
    "R": "####.|#...#|#...#|####.|#.#..|#..#.|#...#",
    "S": ".####|#....|#....|.###.|....#|....#|####.",
    "T": "#####|..#..|..#..|..#..|..#..|..#..|..#..",
    "U": "#...#|#...#|#...#|#...#|#...#|#...#|.###.",
    "V": "#...#|#...#|#...#|#...#|#...#|.#.#.|..#..",
    "W": "#...#|#...#|#...#|#.#.#|#.#.#|#.#.#|.#.#.",
    "X": "#...#|#...#|.#.#.|..#..|.#.#.|#...#|#...#",
    "Y": "#...#|#...#|.#.#.|..#..|..#..|..#..|..#..",
    "Z": "#####|....#|...#.|..#..|.#...|#....|#####",
    ".": ".....|.....|.....|.....|.....|.##..|.##..",
    ",": ".....|.....|.....|.....|.....|.##..|..#..|.#...",
    ":": ".....|.##..|.##..|.....|.##..|.##..|.....",
    ";": ".....|.##..|.##..|.....|.##..|..#..|.#...",
    "(": "...#.|..#..|.#...|.#...|.#...|..#..|...#.",
    ")": ".#...|..#..|...#.|...#.|...#.|..#..|.#...",
    "%": "##...|##..#|...#.|..#..|.#...|#..##|...##",
    "-": ".....|.....|.....|#####|.....|.....|.....",
    "+": ".....|..#..|..#..|#####|..#..|..#..|.....",
    "/": ".....|....#|...#.|..#..|.#...|#....|.....",
    "=": ".....|.....|#####|.....|#####|.....|.....",
    "~": ".....|.....|.#...|#.#.#|...#.|.....|.....",
    "_": ".....|.....|.....|.....|.....|.....|.....|#####",
    "\u00d7": ".....|#...#|.#.#.|..#..|.#.#.|#...#|.....",
    "?": ".###.|#...#|....#|...#.|..#..|.....|..#..",
}
GLYPHS = {c: [row for row in g.split("|")] for c, g in _GLYPHS.items()}


class Canvas:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.px = bytearray(WHITE * (w * h))

    def dot(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h:
            i = 3 * (y * self.w + x)
            self.px[i:i + 3] = bytes(c)

    def rect(self, x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(self.h, y1)):
            i = 3 * (y * self.w + max(0, x0))
            n = min(self.w, x1) - max(0, x0)
            if n > 0:
                self.px[i:i + 3 * n] = bytes(c) * n

    def line(self, x0, y0, x1, y1, c, width=1, dash=0):
        """A straight line of `width` pixels; `dash` > 0 draws dashes and gaps of that length."""
        n = max(abs(x1 - x0), abs(y1 - y0), 1)
        half = width // 2
        for k in range(n + 1):
            if dash and (k // dash) % 2:
                continue
            x = round(x0 + (x1 - x0) * k / n)
            y = round(y0 + (y1 - y0) * k / n)
            self.rect(x - half, y - half, x - half + width, y - half + width, c)

    def text(self, x, y, s, c=BLACK):
        """Draws `s` with its top-left corner at (x, y); returns the x after it."""
        for ch in s:
            g = GLYPHS.get(ch, GLYPHS["?"])
            for r, row in enumerate(g):
                for col, bit in enumerate(row):
                    if bit == "#":
                        self.rect(x + col * SCALE, y + r * SCALE, x + (col + 1) * SCALE, y + (r + 1) * SCALE, c)
            x += CELL_W
        return x

    def png(self):
        raw = b"".join(b"\x00" + bytes(self.px[3 * y * self.w:3 * (y + 1) * self.w]) for y in range(self.h))

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def text_width(s):
    return len(s) * CELL_W


def log_ticks(lo, hi):
    """1-2-5 ticks covering [lo, hi]."""
    out = []
    e = math.floor(math.log10(lo))
    while 10 ** e <= hi * 10:
        for m in (1, 2, 5):
            v = m * 10 ** e
            if lo <= v <= hi:
                out.append(v)
        e += 1
    return out


def fmt_tick(v):
    return ("%g" % v) if v < 1000 else "{:,}".format(int(v))


def series(report, kind):
    """{config: [(files, median wall s)]} for one kind of corpus, configurations that ran."""
    out = {}
    for row in sorted((r for r in report["corpora"] if r["kind"] == kind), key=lambda r: r["files"]):
        for name, _, _ in SERIES:
            cfg = row["configs"].get(name)
            if cfg and cfg.get("wall_s"):
                out.setdefault(name, []).append((row["files"], cfg["wall_s"]))
    return out


def render(report):
    """The PNG bytes of the plot of `report` (the JSON bench.py writes)."""
    kinds = [k for k in ("dense", "mixed") if any(r["kind"] == k for r in report["corpora"])]
    kinds += sorted({r["kind"] for r in report["corpora"]} - set(kinds))
    data = {k: series(report, k) for k in kinds}
    points = [p for k in kinds for s in data[k].values() for p in s]
    if not points:
        raise ValueError("no timed compilations in the results")
    sizes = sorted({f for f, _ in points})
    ylo = min(t for _, t in points) / 1.25
    yhi = max(t for _, t in points) * 1.25
    xlo, xhi = sizes[0] / 1.35, sizes[-1] * 1.35
    c = Canvas(WIDTH, HEIGHT)

    env = report.get("environment", {})
    c.text(20, 14, "mmlock bench: median wall time of one compilation against corpus size (log-log)")
    c.text(20, 14 + CELL_H, "checker at %s, %s, %s cores, seed %s"
           % (env.get("commit", "?"), report.get("date", "?"), env.get("cpus", "?"), report.get("seed", "?")), AXIS)
    lx = 20
    for name, colour, label in reversed(SERIES):
        if any(name in data[k] for k in kinds):
            c.rect(lx, 14 + 2 * CELL_H + 8, lx + 28, 14 + 2 * CELL_H + 14, colour)
            lx = c.text(lx + 36, 14 + 2 * CELL_H + 2, label) + 24

    top, bottom = 150, HEIGHT - 70
    panel_w = (WIDTH - 20) // len(kinds)
    for i, kind in enumerate(kinds):
        left = 20 + i * panel_w + 70
        right = 20 + (i + 1) * panel_w - 30

        def X(f):
            return round(left + (right - left) * (math.log(f) - math.log(xlo)) / (math.log(xhi) - math.log(xlo)))

        def Y(t):
            return round(bottom - (bottom - top) * (math.log(t) - math.log(ylo)) / (math.log(yhi) - math.log(ylo)))

        c.text(left, top - 2 * CELL_H - 10, TITLES.get(kind, kind))
        for v in log_ticks(ylo, yhi):
            y = Y(v)
            c.line(left, y, right, y, GRID)
            label = fmt_tick(v)
            c.text(left - 10 - text_width(label), y - CELL_H // 3, label, AXIS)
        for f in sizes:
            x = X(f)
            c.line(x, top, x, bottom, GRID)
            label = fmt_tick(f)
            c.text(x - text_width(label) // 2, bottom + 10, label, AXIS)
        c.line(left, top, left, bottom, AXIS)
        c.line(left, bottom, right, bottom, AXIS)
        c.text((left + right - text_width("files")) // 2, bottom + 14 + CELL_H, "files", AXIS)
        c.text(left - 60, top - CELL_H - 6, "wall (s)", AXIS)
        for name, colour, _ in SERIES:
            pts = data[kind].get(name, [])
            for (f0, t0), (f1, t1) in zip(pts, pts[1:]):
                c.line(X(f0), Y(t0), X(f1), Y(t1), colour, width=3)
            for f, t in pts:
                x, y = X(f), Y(t)
                c.rect(x - 5, y - 5, x + 6, y + 6, colour)
    return c.png()


def write(report, path):
    png = render(report)
    with open(path, "wb") as f:
        f.write(png)
