"""Makes the small data files the Keras tutorials read (Notebooks/data/), from packages.

    python3 Notebooks/tools/make_datasets.py     (needs apt-get and scikit-learn, e.g. the
                                                  reference env /work/refenv/venv/bin/python)

- data/digits.csv: scikit-learn's bundled copy of the UCI "Optical Recognition of
  Handwritten Digits" test set (1,797 images of 8x8 pixels, values 0-16; scikit-learn is
  BSD-3-Clause, the data CC BY 4.0, Alpaydin & Kaynak 1998). One image a line: the label,
  then the 64 pixels row by row.
- data/austen.tsv: passages of two Jane Austen novels (public domain) as Debian's
  r-cran-janeaustenr package ships them (MIT, Julia Silge). One passage a line: the book
  ("pride" or "sense"), a tab, then the passage: consecutive lines of the novel joined until
  they hold at least 30 words. Every fourth passage is kept, to keep the file small; they
  stay in the book's order, so a tutorial can hold out the end of each book.

The Debian package is fetched with `apt-get download` and read without R: its data is an R
lazy-load database (Rdata.rdx, Rdata.rdb), zlib-compressed objects in R's XDR serialization,
of which only character vectors and lists are needed here.
"""
import os
import struct
import subprocess
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data")
BOOKS = {"pride": "prideprejudice", "sense": "sensesensibility"}
PASSAGE_WORDS = 30
KEEP_EVERY = 4


class RReader:
    """Reads the parts of R's XDR serialization format that character vectors use."""

    def __init__(self, data):
        assert data[:2] == b"X\n", "not an XDR serialization"
        self.data, self.at, self.refs = data, 2, []
        version = self.int()
        self.int(), self.int()  # writer and minimal reader R versions
        if version == 3:
            length = self.int()  # then the native encoding's name
            self.at += length

    def int(self):
        (value,) = struct.unpack(">i", self.data[self.at:self.at + 4])
        self.at += 4
        return value

    def item(self):
        flags = self.int()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind == 254:  # NULL
            return None
        if kind == 255:  # reference to an earlier symbol
            index = flags >> 8 or self.int()
            return self.refs[index - 1]
        if kind == 1:  # symbol: its name follows
            name = self.item()
            self.refs.append(name)
            return name
        if kind == 9:  # CHARSXP
            length = self.int()
            if length == -1:
                return None
            text = self.data[self.at:self.at + length].decode("utf-8")
            self.at += length
            return text
        if kind == 2:  # pairlist node: attributes, tag, value, rest
            if has_attr:
                self.item()
            tag = self.item() if has_tag else None
            head = [(tag, self.item())]
            rest = self.item()
            return head + (rest or [])
        if kind in (10, 13, 14, 16, 19):  # logical, integer, double, character, list
            length = self.int()
            if kind in (10, 13):
                value = list(struct.unpack(f">{length}i", self.data[self.at:self.at + 4 * length]))
                self.at += 4 * length
            elif kind == 14:
                value = list(struct.unpack(f">{length}d", self.data[self.at:self.at + 8 * length]))
                self.at += 8 * length
            else:
                value = [self.item() for _ in range(length)]
            attributes = dict(self.item()) if has_attr else {}
            if "names" in attributes:
                return dict(zip(attributes["names"], value))
            return value
        raise ValueError(f"R type {kind} is not needed here")


def unpack_object(blob):
    """An object of the lazy-load database: a 4-byte length, then a zlib stream."""
    (length,) = struct.unpack(">I", blob[:4])
    data = zlib.decompress(blob[4:])
    assert len(data) == length
    return RReader(data).item()


def austen_books():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["apt-get", "download", "r-cran-janeaustenr"], cwd=folder, check=True)
        deb = next(f for f in os.listdir(folder) if f.endswith(".deb"))
        subprocess.run(["dpkg-deb", "-x", deb, "x"], cwd=folder, check=True)
        base = os.path.join(folder, "x/usr/lib/R/site-library/janeaustenr/data/Rdata")
        import gzip
        with gzip.open(base + ".rdx") as f:
            index = RReader(f.read()).item()
        with open(base + ".rdb", "rb") as f:
            database = f.read()
        books = {}
        for short, name in BOOKS.items():
            offset, length = index["variables"][name]
            books[short] = unpack_object(database[offset:offset + length])
        return books


def passages(lines):
    """Consecutive non-empty lines joined until they hold PASSAGE_WORDS words; chapter
    headings are left out."""
    out, words = [], []
    for line in lines:
        line = (line or "").strip()
        if not line or line.upper().startswith("CHAPTER"):
            continue
        words += line.split()
        if len(words) >= PASSAGE_WORDS:
            out.append(" ".join(words))
            words = []
    return out


def write_austen():
    rows = [(short, text) for short, lines in austen_books().items()
            for text in passages(lines)[::KEEP_EVERY]]
    with open(os.path.join(DATA, "austen.tsv"), "w", encoding="utf-8") as f:
        for short, text in rows:
            f.write(f"{short}\t{text}\n")
    print(f"wrote {len(rows)} passages to data/austen.tsv")


def write_digits():
    from sklearn.datasets import load_digits

    digits = load_digits()
    with open(os.path.join(DATA, "digits.csv"), "w") as f:
        for image, label in zip(digits.data.astype(int), digits.target):
            f.write(",".join(str(v) for v in [label, *image]) + "\n")
    print(f"wrote {len(digits.target)} images to data/digits.csv")


if __name__ == "__main__":
    os.makedirs(DATA, exist_ok=True)
    write_digits()
    write_austen()
