using System;
using System.Collections.Generic;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// A set of member names tested on every call and assignment. Most names that are not in it already differ in
    /// length or first character, which a bit table answers without hashing the string.
    /// </summary>
    internal sealed class NameSet
    {
        private readonly HashSet<string> names = new(StringComparer.Ordinal);

        // Bit (first character mod 64) of shapes[length mod 64] is set when some name has that length and first character.
        private readonly ulong[] shapes = new ulong[64];

        public void Add(string name)
        {
            names.Add(name);
            shapes[name.Length & 63] |= ShapeBit(name);
        }

        public bool IsEmpty => names.Count == 0;

        public bool Contains(string name)
            => (shapes[name.Length & 63] & ShapeBit(name)) != 0 && names.Contains(name);

        private static ulong ShapeBit(string name) => 1UL << ((name.Length > 0 ? name[0] : 0) & 63);
    }
}
