import Foundation

/// Signatures and documentation of the functions, types and methods written in Swift, as
/// `help()` shows them and as REPL completion reads keyword names from them. Keys are a
/// builtin's name (`"len"`) or `type.method` (`"str.split"`). Signatures use Python's
/// notation (`/` ends the positional-only parameters, `*` starts the keyword-only ones).
enum BuiltinDocs {
    struct Entry {
        let signature: String
        let text: String
    }

    static func entry(_ key: String) -> Entry? {
        guard let (signature, text) = table[key] else { return nil }
        return Entry(signature: signature, text: text)
    }

    /// The names a caller may pass by keyword, read from a signature such as
    /// `sorted(iterable, /, *, key=None, reverse=False)`: `["key", "reverse"]`.
    static func keywordNames(in signature: String) -> [String] {
        // Of several forms (`max(iterable, ...)` / `max(arg1, arg2, ...)`), the first.
        let signature = signature.prefix { $0 != "\n" }
        guard let open = signature.firstIndex(of: "("), let close = signature.lastIndex(of: ")") else { return [] }
        let params = signature[signature.index(after: open)..<close].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !params.isEmpty else { return [] }
        // Everything before a `/` is positional-only.
        let start = params.lastIndex(of: "/").map { $0 + 1 } ?? 0
        return params[start...].compactMap { p -> String? in
            let name = p.prefix { $0 != "=" && $0 != "[" }.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.hasPrefix("*") || name == "/" || name == "self" { return nil }
            return name
        }
    }

    private static let table: [String: (String, String)] = [
        // Functions
        "abs": ("abs(x, /)", "Return the absolute value of the argument."),
        "all": ("all(iterable, /)", "Return True if bool(x) is True for every x in the iterable.\nIf the iterable is empty, return True."),
        "any": ("any(iterable, /)", "Return True if bool(x) is True for any x in the iterable.\nIf the iterable is empty, return False."),
        "ascii": ("ascii(obj, /)", "Return repr(obj) with every non-ASCII character escaped."),
        "bin": ("bin(number, /)", "Return the binary text of an integer, e.g. bin(5) == '0b101'."),
        "callable": ("callable(obj, /)", "Return whether the object can be called."),
        "chr": ("chr(i, /)", "Return the one-character string of Unicode code point i."),
        "delattr": ("delattr(obj, name, /)", "Delete the named attribute of an object: delattr(x, 'y') is del x.y."),
        "dir": ("dir([object])", "Return the sorted names in the current scope, or the attributes of the object."),
        "divmod": ("divmod(x, y, /)", "Return the tuple (x // y, x % y)."),
        "enumerate": ("enumerate(iterable, start=0)", "Yield pairs (index, item), counting from start."),
        "eval": ("eval(source, /)", "Evaluate an expression given as a string and return its value."),
        "exec": ("exec(source, /)", "Run statements given as a string in the current module."),
        "exit": ("exit(code=None)", "Leave the program (or the REPL) with the given status."),
        "filter": ("filter(function or None, iterable, /)", "Yield the items of iterable for which function(item) is true.\nWith None, yield the items that are true."),
        "format": ("format(value, format_spec='', /)", "Return value formatted by the format-spec mini-language, e.g. format(3.14159, '.2f')."),
        "getattr": ("getattr(object, name[, default])", "Get a named attribute from an object: getattr(x, 'y') is x.y.\nWith a default, return it instead of raising AttributeError."),
        "globals": ("globals()", "Return the dictionary of the current module's names."),
        "hasattr": ("hasattr(obj, name, /)", "Return whether the object has an attribute with the given name."),
        "hash": ("hash(obj, /)", "Return the hash value of the object. Equal objects have equal hashes."),
        "help": ("help([object])", "Show the documentation of an object. In the REPL, `object?` does the same."),
        "hex": ("hex(number, /)", "Return the hexadecimal text of an integer, e.g. hex(255) == '0xff'."),
        "id": ("id(obj, /)", "Return the identity of an object: an integer unique among living objects."),
        "input": ("input(prompt='', /)", "Print the prompt, read one line of input and return it without its newline.\nAt the end of input, raise EOFError."),
        "isinstance": ("isinstance(obj, class_or_tuple, /)", "Return whether the object is an instance of the class, or of one of the classes in a tuple."),
        "issubclass": ("issubclass(cls, class_or_tuple, /)", "Return whether cls derives from the class, or from one of the classes in a tuple."),
        "iter": ("iter(iterable, /)", "Return an iterator over the iterable."),
        "len": ("len(obj, /)", "Return the number of items in a container."),
        "locals": ("locals()", "Return the dictionary of the current module's names."),
        "map": ("map(func, *iterables)", "Yield func applied to the items of the iterables, taken in step;\nstop when the shortest iterable is exhausted."),
        "max": ("max(iterable, *[, default=obj, key=func])\nmax(arg1, arg2, *args, *[, key=func])", "Return the largest item of an iterable, or the largest of the arguments.\nWith key, compare key(item); default is returned for an empty iterable."),
        "min": ("min(iterable, *[, default=obj, key=func])\nmin(arg1, arg2, *args, *[, key=func])", "Return the smallest item of an iterable, or the smallest of the arguments.\nWith key, compare key(item); default is returned for an empty iterable."),
        "next": ("next(iterator[, default])", "Return the next item of an iterator. When it is exhausted, return default\nif given, else raise StopIteration."),
        "oct": ("oct(number, /)", "Return the octal text of an integer, e.g. oct(8) == '0o10'."),
        "open": ("open(file, mode='r', encoding=None)", "Open a text file for reading and return a file object.\nnlpnb only reads files: mode must be 'r'."),
        "ord": ("ord(c, /)", "Return the Unicode code point of a one-character string."),
        "pow": ("pow(base, exp, mod=None)", "Return base ** exp, or base ** exp % mod computed efficiently."),
        "print": ("print(*args, sep=' ', end='\\n', file=None, flush=False)", "Print the values, separated by sep and followed by end."),
        "repr": ("repr(obj, /)", "Return the canonical text of an object; for many types eval(repr(obj)) == obj."),
        "reversed": ("reversed(sequence, /)", "Return an iterator over the sequence, last item first."),
        "round": ("round(number, ndigits=None)", "Round a number to ndigits decimal digits, halves to even.\nWithout ndigits, return an int; otherwise a value of the number's type."),
        "setattr": ("setattr(obj, name, value, /)", "Set the named attribute of an object: setattr(x, 'y', v) is x.y = v."),
        "sorted": ("sorted(iterable, /, *, key=None, reverse=False)", "Return a new list of the iterable's items in ascending order.\nThe sort is stable; key gives the value to compare, reverse flips the order."),
        "sum": ("sum(iterable, /, start=0)", "Return start plus the sum of the iterable's numbers."),
        "vars": ("vars([object])", "Return the attribute dictionary of an object, or the module's names."),
        "zip": ("zip(*iterables, strict=False)", "Yield tuples of the iterables' items taken in step,\nuntil the shortest iterable is exhausted."),
        // Types
        "bool": ("bool(x=False, /)", "True when the argument is true, False otherwise."),
        "bytes": ("bytes(source=b'')", "An immutable sequence of bytes."),
        "dict": ("dict(mapping_or_iterable=(), /, **kwargs)", "A mapping of keys to values that keeps insertion order.\ndict(a=1), dict([('a', 1)]) and {'a': 1} are equal."),
        "float": ("float(x=0, /)", "A floating-point number, from a number or a string such as '1.5' or 'inf'."),
        "frozenset": ("frozenset(iterable=(), /)", "An immutable set of unique items."),
        "int": ("int(x=0, /, base=10)", "An integer of any size, from a number (truncated toward zero) or a string\nwritten in the given base."),
        "list": ("list(iterable=(), /)", "A mutable sequence. Without an argument, a new empty list."),
        "object": ("object()", "The base class of every class."),
        "property": ("property(fget=None, fset=None, fdel=None, doc=None)", "An attribute computed by a method; use @property above a def."),
        "range": ("range(stop)\nrange(start, stop[, step])", "An immutable sequence of integers from start (default 0) up to but not\nincluding stop, by step (default 1)."),
        "set": ("set(iterable=(), /)", "A mutable collection of unique, hashable items."),
        "slice": ("slice(stop)\nslice(start, stop[, step])", "The object that a[start:stop:step] passes to __getitem__."),
        "str": ("str(object='')", "Text: an immutable sequence of Unicode characters. str(obj) is obj's\nreadable form."),
        "super": ("super()", "A proxy that finds methods in the parent classes of the current class."),
        "tuple": ("tuple(iterable=(), /)", "An immutable sequence. Without an argument, the empty tuple."),
        "type": ("type(object)\ntype(name, bases, dict)", "With one argument, return the type of the object; with three, make a class."),
        // str methods
        "str.capitalize": ("capitalize(self, /)", "Return a copy with the first character upper case and the rest lower case."),
        "str.casefold": ("casefold(self, /)", "Return a copy for caseless comparison (lower case, with ß as ss)."),
        "str.center": ("center(self, width, fillchar=' ', /)", "Return the string centred in a field of the given width."),
        "str.count": ("count(sub[, start[, end]])", "Return the number of non-overlapping occurrences of sub."),
        "str.encode": ("encode(self, /, encoding='utf-8', errors='strict')", "Return the string encoded as bytes."),
        "str.endswith": ("endswith(suffix[, start[, end]])", "Return whether the string ends with suffix (a string or a tuple of strings)."),
        "str.expandtabs": ("expandtabs(self, /, tabsize=8)", "Return a copy with tabs replaced by spaces up to the next tab stop."),
        "str.find": ("find(sub[, start[, end]])", "Return the lowest index where sub occurs, or -1."),
        "str.format": ("format(*args, **kwargs)", "Return the string with its {} fields replaced by the arguments, formatted."),
        "str.format_map": ("format_map(mapping)", "Return the string with its {name} fields replaced from the mapping."),
        "str.index": ("index(sub[, start[, end]])", "Like find, but raise ValueError when sub is not found."),
        "str.isalnum": ("isalnum(self, /)", "Return whether the string is non-empty and all letters or digits."),
        "str.isalpha": ("isalpha(self, /)", "Return whether the string is non-empty and all letters."),
        "str.isdigit": ("isdigit(self, /)", "Return whether the string is non-empty and all digits."),
        "str.islower": ("islower(self, /)", "Return whether the string has cased characters and all are lower case."),
        "str.isspace": ("isspace(self, /)", "Return whether the string is non-empty and all whitespace."),
        "str.istitle": ("istitle(self, /)", "Return whether every word starts upper case and goes on lower case."),
        "str.isupper": ("isupper(self, /)", "Return whether the string has cased characters and all are upper case."),
        "str.join": ("join(self, iterable, /)", "Return the strings of the iterable joined with this string between them."),
        "str.ljust": ("ljust(self, width, fillchar=' ', /)", "Return the string left-justified in a field of the given width."),
        "str.lower": ("lower(self, /)", "Return a copy in lower case."),
        "str.lstrip": ("lstrip(self, chars=None, /)", "Return a copy without leading whitespace (or leading characters in chars)."),
        "str.partition": ("partition(self, sep, /)", "Split at the first sep: return (before, sep, after)."),
        "str.removeprefix": ("removeprefix(self, prefix, /)", "Return a copy without prefix, if the string starts with it."),
        "str.removesuffix": ("removesuffix(self, suffix, /)", "Return a copy without suffix, if the string ends with it."),
        "str.replace": ("replace(self, old, new, count=-1, /)", "Return a copy with occurrences of old replaced by new (the first count only,\nwhen count is given)."),
        "str.rfind": ("rfind(sub[, start[, end]])", "Return the highest index where sub occurs, or -1."),
        "str.rindex": ("rindex(sub[, start[, end]])", "Like rfind, but raise ValueError when sub is not found."),
        "str.rjust": ("rjust(self, width, fillchar=' ', /)", "Return the string right-justified in a field of the given width."),
        "str.rpartition": ("rpartition(self, sep, /)", "Split at the last sep: return (before, sep, after)."),
        "str.rsplit": ("rsplit(self, /, sep=None, maxsplit=-1)", "Like split, but with maxsplit the splits are made from the right."),
        "str.rstrip": ("rstrip(self, chars=None, /)", "Return a copy without trailing whitespace (or trailing characters in chars)."),
        "str.split": ("split(self, /, sep=None, maxsplit=-1)", "Return the list of the words of the string, split at sep.\nWithout sep, split at runs of whitespace and drop empty words."),
        "str.splitlines": ("splitlines(self, /, keepends=False)", "Return the list of the lines of the string, split at line breaks."),
        "str.startswith": ("startswith(prefix[, start[, end]])", "Return whether the string starts with prefix (a string or a tuple of strings)."),
        "str.strip": ("strip(self, chars=None, /)", "Return a copy without leading and trailing whitespace (or characters in chars)."),
        "str.swapcase": ("swapcase(self, /)", "Return a copy with upper case turned lower and lower case turned upper."),
        "str.title": ("title(self, /)", "Return a copy with every word capitalised."),
        "str.upper": ("upper(self, /)", "Return a copy in upper case."),
        "str.zfill": ("zfill(self, width, /)", "Return the string padded with zeros on the left to the given width."),
        // list methods
        "list.append": ("append(self, object, /)", "Add the object at the end of the list."),
        "list.clear": ("clear(self, /)", "Remove every item."),
        "list.copy": ("copy(self, /)", "Return a shallow copy of the list."),
        "list.count": ("count(self, value, /)", "Return the number of items equal to value."),
        "list.extend": ("extend(self, iterable, /)", "Add the items of the iterable at the end of the list."),
        "list.index": ("index(self, value, start=0, stop=sys.maxsize, /)", "Return the first index of value; raise ValueError if it is absent."),
        "list.insert": ("insert(self, index, object, /)", "Insert the object before the index."),
        "list.pop": ("pop(self, index=-1, /)", "Remove and return the item at index (the last by default)."),
        "list.remove": ("remove(self, value, /)", "Remove the first item equal to value; raise ValueError if there is none."),
        "list.reverse": ("reverse(self, /)", "Reverse the list in place."),
        "list.sort": ("sort(self, /, *, key=None, reverse=False)", "Sort the list in place, stably, in ascending order (see sorted)."),
        // dict methods
        "dict.clear": ("clear(self, /)", "Remove every item."),
        "dict.copy": ("copy(self, /)", "Return a shallow copy of the dict."),
        "dict.get": ("get(self, key, default=None, /)", "Return the value for key, or default when the key is absent."),
        "dict.items": ("items(self, /)", "Return a view of the dict's (key, value) pairs."),
        "dict.keys": ("keys(self, /)", "Return a view of the dict's keys."),
        "dict.pop": ("pop(key[, default])", "Remove the key and return its value; return default, or raise KeyError,\nwhen the key is absent."),
        "dict.popitem": ("popitem(self, /)", "Remove and return the last (key, value) pair added."),
        "dict.setdefault": ("setdefault(self, key, default=None, /)", "Return the value for key; if absent, first insert key with default."),
        "dict.update": ("update([other, ]**kwargs)", "Add the pairs of a mapping or iterable of pairs, then the keyword arguments."),
        "dict.values": ("values(self, /)", "Return a view of the dict's values."),
        // set methods
        "set.add": ("add(self, object, /)", "Add an item to the set."),
        "set.clear": ("clear(self, /)", "Remove every item."),
        "set.copy": ("copy(self, /)", "Return a shallow copy of the set."),
        "set.difference": ("difference(self, *others)", "Return the items of the set that are in none of the others."),
        "set.discard": ("discard(self, object, /)", "Remove an item if it is present."),
        "set.intersection": ("intersection(self, *others)", "Return the items of the set that are in all the others."),
        "set.isdisjoint": ("isdisjoint(self, other, /)", "Return whether the two sets have no item in common."),
        "set.issubset": ("issubset(self, other, /)", "Return whether every item of the set is in other."),
        "set.issuperset": ("issuperset(self, other, /)", "Return whether every item of other is in the set."),
        "set.pop": ("pop(self, /)", "Remove and return an arbitrary item; raise KeyError if the set is empty."),
        "set.remove": ("remove(self, object, /)", "Remove an item; raise KeyError if it is absent."),
        "set.symmetric_difference": ("symmetric_difference(self, other, /)", "Return the items in exactly one of the two sets."),
        "set.union": ("union(self, *others)", "Return the items in the set or in any of the others."),
        "set.update": ("update(self, *others)", "Add the items of the others."),
    ]
}
